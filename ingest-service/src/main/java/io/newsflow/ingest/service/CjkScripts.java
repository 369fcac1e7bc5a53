package io.newsflow.ingest.service;

/**
 * Chinese, Japanese and Korean told apart by their scripts. The n-gram model is never sure of them
 * on a news sentence (confidence .02-.04 for Chinese, under .05 for short Japanese: each ideograph
 * is an n-gram of its own, spread over the languages that borrow it), so they came out as no
 * language; the scripts are certain: kana is Japanese, hangul Korean, ideographs alone Chinese.
 */
final class CjkScripts {
    private static final int MIN_CJK_CHARS = 10;

    private CjkScripts() {
    }

    /** "zh", "ja" or "ko" when most letters of {@code sample} are of these scripts, else null. */
    static String languageOf(String sample) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int otherLetters = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c < '\u1100') {
                otherLetters += Character.isLetter(c) ? 1 : 0;
                continue;
            }
            switch (Character.UnicodeScript.of(c)) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                default -> otherLetters += Character.isLetter(c) ? 1 : 0;
            }
        }
        int cjk = han + kana + hangul;
        if (cjk < MIN_CJK_CHARS || cjk < otherLetters) {
            return null;
        }
        if (hangul > han + kana) {
            return "ko";
        }
        return kana > 0 ? "ja" : "zh";
    }
}
