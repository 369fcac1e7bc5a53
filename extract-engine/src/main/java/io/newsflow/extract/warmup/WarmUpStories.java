package io.newsflow.extract.warmup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.newsflow.contract.RawArticle;
import io.newsflow.extract.cli.ArticleFiles;

/**
 * The stories a fresh engine is warmed up on: the two samples and the project's own stories of {@code eval/articles},
 * which the build packages as resources. Between them they reach every stage (datelines with and without a year,
 * quotes and their speakers, events of most CAMEO roots), so the code a real article runs is the code they compile.
 */
public final class WarmUpStories {
    /**
     * Every warm-up story's id starts so: not an article id (those are hashes), so a warm-up analysis is never taken
     * for an article's, in a log line or anywhere else.
     */
    public static final String ID_PREFIX = "warm-up:";

    /** The files, as the build places them next to this class; a test keeps the list in step with the repository. */
    static final List<String> FILES = List.of(
            "tass-2017-06-03-unsc-sanctions.txt",
            "newsflow-afp-hera-asteroid-launch.txt",
            "newsflow-dawn-khyber-operation.json",
            "newsflow-gna-ghana-collation-arrests.txt",
            "newsflow-kazinform-tokayev-mongolia-talks.json",
            "newsflow-lusa-mozambique-sadc-envoy.txt",
            "newsflow-nation-nairobi-protests.json",
            "newsflow-reuters-adidas-results.txt",
            "newsflow-thehindu-article-370-verdict.json",
            "newsflow-timesofisrael-hostage-talks.json",
            "newsflow-trend-bayramov-mirzoyan-almaty.txt",
            "newsflow-trtworld-shaibani-ankara-visit.json",
            "newsflow-xinhua-xi-zambia-talks.txt",
            "newsflow-aap-keys-australian-open.json",
            "newsflow-agenciabrasil-lula-lourenco.txt",
            "newsflow-app-naqvi-momeni-talks-ihc-ruling.txt",
            "newsflow-bbc-austria-election.json",
            "newsflow-cna-pla-patrol-aircraft.txt",
            "newsflow-interfax-kirillov-suspect-detained.txt",
            "newsflow-mena-egypt-jordan-gaza.txt",
            "newsflow-nan-plateau-attack-troops.txt",
            "newsflow-pna-ph-australia-maritime-pact.json",
            "newsflow-qna-doha-drc-m23-talks.txt",
            "newsflow-rferl-azerbaijan-journalists.json",
            "newsflow-vna-vietnam-laos-pm-talks.json",
            "tass-2018-06-15-sanctions-modification.txt",
            "afp-kenya-floods-unnamed-speakers.txt",
            "afp-paris-pension-protest.txt",
            "newsflow-aa-turkiye-iran-phone-call.json",
            "newsflow-afp-cricket-perth-test.txt",
            "newsflow-aljazeera-gaza-strikes-truce-talks.json",
            "newsflow-ani-jaishankar-riyadh-talks.txt",
            "newsflow-ap-justice-department-lawsuit.json",
            "newsflow-ap-venezuela-opposition-arrest.txt",
            "newsflow-bernama-malaysia-protests-myanmar.txt",
            "newsflow-dpa-german-coalition-collapse.json",
            "newsflow-efe-colombia-venezuela-border.txt",
            "newsflow-irna-iran-condemns-strike.json",
            "newsflow-kcna-drills-statement.txt",
            "newsflow-korea-missile-drills.txt",
            "newsflow-kyivindependent-drone-attack.json",
            "newsflow-kyodo-japan-philippines-pact.txt",
            "newsflow-nhk-ishiba-apec-talks.json",
            "newsflow-mozambique-election-dispute.txt",
            "newsflow-ordinary-tech-earnings.txt",
            "newsflow-pakistan-afghan-border-protest.txt",
            "newsflow-prensalatina-cuba-sanctions.txt",
            "newsflow-pti-india-china-border-talks.txt",
            "newsflow-reuters-niger-junta-france.txt",
            "newsflow-spa-crown-prince-call.txt",
            "newsflow-ukrinform-kherson-shelling.txt",
            "newsflow-unnews-security-council-sudan.json",
            "newsflow-us-senate-ukraine-aid.txt",
            "newsflow-wam-uae-receives-kenyan-president.txt",
            "afp-zagreb-derby-football.txt",
            "aljazeera-arab-summit.json",
            "ap-moldova-runoff.json",
            "reuters-oil-demand-markets.txt",
            "reuters-sudan-truce.txt",
            "tass-eu-sanctions-package.txt",
            "newsflow-xinhua-china-vietnam-talks.txt",
            "xinhua-china-brazil-trade.txt",
            "xinhua-iran-spokesman-weekday.txt",
            "newsflow-antara-indonesia-malaysia-migrant-workers.json",
            "newsflow-bss-rohingya-khalilur-appeal.txt",
            "newsflow-guardian-uk-france-channel-smugglers.json",
            "newsflow-jiji-japan-heatstroke-alerts.txt",
            "newsflow-kuna-kuwait-iraq-maritime-talks.txt",
            "newsflow-sana-quneitra-incursion-pedersen.json",
            "newsflow-abc-victoria-heatwave-fire-ban.json",
            "newsflow-andina-peru-chile-border-agreement.txt",
            "newsflow-belta-lukashenko-election-results.txt",
            "newsflow-map-bourita-szijjarto-rabat.txt",
            "newsflow-rfa-myanmar-sagaing-airstrike.json",
            "newsflow-voa-iran-oil-sanctions-khamenei.json",
            "newsflow-ansa-unifil-fire-crosetto.txt",
            "newsflow-armenpress-mirzoyan-darchiashvili-yerevan.txt",
            "newsflow-cbc-artemis-ii-delay.json",
            "newsflow-ena-taye-mudavadi-talks.txt",
            "newsflow-tap-katoussi-olympic-gold.txt",
            "newsflow-tolonews-iea-rejects-asif-threat.json",
            "newsflow-ahram-egypt-eritrea-red-sea-call.txt",
            "newsflow-akipress-kyrgyz-tajik-border-protocol.json",
            "newsflow-euronews-poland-russian-consulate-krakow.json",
            "newsflow-gleaner-rubio-holness-cuban-doctors.txt",
            "newsflow-sabc-sarb-repo-rate-cut.json",
            "newsflow-straitstimes-norris-singapore-gp.txt",
            "newsflow-dailysabah-turkiye-israel-trade-halt.json",
            "newsflow-kyodo-onosato-yokozuna-promotion.txt",
            "newsflow-nova-almasri-piantedosi-senate.txt",
            "newsflow-npr-louisiana-bird-flu-death.json",
            "newsflow-prensalatina-unga-blockade-vote.txt",
            "newsflow-xinhua-panama-canal-sovereignty.txt",
            "newsflow-afp-alcaraz-french-open.txt",
            "newsflow-arabnews-faisal-rajji-riyadh-talks.json",
            "newsflow-interfaxukraine-sybiha-tsahkna-demining.txt",
            "newsflow-lsm-latvia-expels-russian-embassy-employee.json",
            "newsflow-thestar-kelantan-terengganu-floods.txt",
            "newsflow-timesofindia-misri-dhaka-minorities.json",
            "newsflow-aa-somalia-ethiopia-ankara-talks.json",
            "newsflow-afp-georgia-protests-crackdown.txt",
            "newsflow-aljazeera-maduro-third-term-sanctions.json",
            "newsflow-ap-biden-settler-sanctions.json",
            "newsflow-reuters-kinshasa-embassies-goma.txt",
            "newsflow-yonhap-seoul-november-snow.txt",
            "newsflow-bta-protest-note-ohrid-club.txt",
            "newsflow-kathmandupost-nepal-china-bri-framework.json",
            "newsflow-mercopress-argentina-malvinas-1833-anniversary.json",
            "newsflow-montsame-naadam-opening.json",
            "newsflow-pap-poland-lithuania-border-memorandum.txt",
            "newsflow-petra-safadi-fajon-amman.txt",
            "newsflow-asharqalawsat-riyadh-syria-sanctions.json",
            "newsflow-hina-dubrovnik-ukraine-summit.txt",
            "newsflow-irrawaddy-wang-yi-naypyitaw-junta.json",
            "newsflow-jakartapost-prabowo-xi-south-china-sea.json",
            "newsflow-monitor-uganda-anti-graft-march-arrests.json",
            "newsflow-rnz-reserve-bank-ocr-cut.json",
            "newsflow-bangkokpost-court-ousts-srettha.json",
            "newsflow-japannews-iwaya-wang-beijing-talks.json",
            "newsflow-khmertimes-xi-hun-manet-all-weather.json",
            "newsflow-koreaherald-seoul-summons-russian-envoy.json",
            "newsflow-philstar-duterte-arrest-icc-warrant.json",
            "newsflow-vnexpress-vietnam-gdp-2024.json",
            "newsflow-citizen-chadema-leaders-freed-mbeya.json",
            "newsflow-cyprusmail-geneva-crossings-july-meeting.json",
            "newsflow-kathimerini-erdogan-athens-declaration.json",
            "newsflow-newtimes-rwanda-cuts-ties-belgium.json",
            "newsflow-punch-nigeria-rejects-tchiani-claims.json",
            "newsflow-yle-finland-closes-eastern-crossings.json",
            "newsflow-almonitor-erdogan-baghdad-development-road.json",
            "newsflow-gulfnews-uae-record-rainfall-75-years.json",
            "newsflow-jpost-katz-guterres-persona-non-grata.json",
            "newsflow-lorienttoday-salameh-charged-depositors-rally.json",
            "newsflow-tehrantimes-araghchi-witkoff-muscat-talks.json",
            "newsflow-thenational-uae-mediates-kursk-pow-swap.json",
            "newsflow-balkaninsight-dodik-sentenced-office-ban.json",
            "newsflow-colombiareports-petro-trump-deportation-flights.json",
            "newsflow-kyivpost-zelensky-sanchez-madrid-security-pact.json",
            "newsflow-mexiconewsdaily-mexico-ecuador-embassy-raid.json",
            "newsflow-moscowtimes-putin-modi-kremlin-talks.json",
            "newsflow-notesfrompoland-morawiecki-weapons-grain-row.json",
            "newsflow-aa-turkish-parliament-approves-sweden-nato.json",
            "newsflow-afp-arevalo-sworn-in-guatemala.txt",
            "newsflow-ap-kenyan-police-arrive-haiti.json",
            "newsflow-reuters-senegal-council-overturns-election-delay.txt",
            "newsflow-tass-putin-pezeshkian-partnership-treaty.txt",
            "newsflow-xinhua-wang-yi-wong-canberra-dialogue.txt",
            "newsflow-batimes-supreme-court-upholds-cfk-conviction.json",
            "newsflow-businessline-india-efta-tepa-signed.txt",
            "newsflow-dw-germany-closes-iranian-consulates.json",
            "newsflow-france24-macron-rabat-western-sahara.json",
            "newsflow-premiumtimes-rivers-emergency-backlash.json",
            "newsflow-theeastafrican-tanzania-deports-karua-mutunga.json",
            "newsflow-aa-turkiye-beat-austria-euro-2024.json",
            "newsflow-afp-sahel-juntas-quit-ecowas.json",
            "newsflow-ap-guyana-venezuela-argyle-no-force.json",
            "newsflow-kyodo-fukushima-water-china-seafood-ban.txt",
            "newsflow-pti-india-expels-canadian-diplomat-nijjar.txt",
            "newsflow-reuters-orban-putin-moscow-peace-mission.txt",
            "newsflow-aljazeera-pakistan-strikes-iran-sistan-baluchestan.json",
            "newsflow-bbc-uk-chagos-sovereignty-mauritius.json",
            "newsflow-efe-bolivia-zuniga-arrested-failed-coup.txt",
            "newsflow-guardian-ireland-spain-norway-recognise-palestine.json",
            "newsflow-xinhua-china-honduras-diplomatic-ties.txt",
            "newsflow-yonhap-constitutional-court-removes-yoon.txt");

    private WarmUpStories() {
    }

    /** The stories, read from the classpath; each with its file name in its id. */
    public static List<RawArticle> bundled() {
        return FILES.stream().map(WarmUpStories::read).toList();
    }

    private static RawArticle read(String file) {
        try (InputStream in = WarmUpStories.class.getResourceAsStream("stories/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The warm-up story " + file + " is not on the classpath: the build"
                        + " packages samples/ and eval/articles/ into extract-engine");
            }
            RawArticle story = ArticleFiles.fromContent(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new RawArticle(story.schemaVersion(), ID_PREFIX + file, story.receivedAt(), story.source(),
                    story.url(), story.publishedAt(), story.language(), story.contentType(), story.headline(),
                    story.subtitle(), story.text(), story.contentSha256());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the warm-up story " + file, e);
        }
    }
}
