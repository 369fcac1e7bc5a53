package io.newsflow.extract.engine.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.dictionary.GivenName;
import io.newsflow.extract.engine.dictionary.KnownOrganization;
import io.newsflow.extract.engine.dictionary.Role;
import io.newsflow.extract.engine.entity.GazetteerEntry.Type;
import io.newsflow.extract.engine.nlp.Token;

/**
 * Person names by rule, as there is no English NER model on Maven Central: a name after a role ("Russia's
 * deputy UN envoy Vladimir Safronkov"), with a role in apposition ("Liu Jieyi, China's UN envoy,"), after a
 * known given name, or next to a verb of saying.
 */
final class PersonFinder {
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("have", "has", "had", "was", "were", "is",
            "are", "be", "been", "being", "'ve", "'s");

    private static final String RELATION = "RELATION";

    private final DictionaryIndex index;
    private final Gazetteer gazetteer;
    private final TitleRemits remits;

    PersonFinder(DictionaryIndex index, Gazetteer gazetteer) {
        this.index = index;
        this.remits = new TitleRemits(index);
        this.gazetteer = gazetteer;
    }

    /**
     * The persons of a sentence; spokenSurnames are single words the article uses as a speaker's name ("said Bumrah"),
     * which make a name ending in them a person's ("Jasprit Bumrah struck twice").
     */
    List<PersonCandidate> find(String text, List<Token> tokens, Gazetteer.Hit[] hitAt, boolean[] covered,
            String storyCountry, java.util.Set<String> spokenSurnames) {
        List<PersonCandidate> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Gazetteer.Hit hit = hitAt[i];
            if (hit != null && hit.first() == i && hit.has(Type.ROLE) && isRank(hit) && hit.last() + 1 < tokens.size()
                    && hitAt[hit.last() + 1] != null && hitAt[hit.last() + 1].first() == hit.last() + 1
                    && hitAt[hit.last() + 1].has(Type.ROLE)) {
                i = hit.last(); // "His Majesty King Abdullah II": the title nearest the name is the role
                continue;
            }
            List<PersonCandidate> titledAlike = sharingPluralTitle(text, tokens, hitAt, covered, i);
            if (!titledAlike.isEmpty()) {
                found.addAll(titledAlike);
                i = titledAlike.get(titledAlike.size() - 1).last();
                continue;
            }
            if (hit != null && hit.first() == i && hit.has(Type.ROLE) && !verbAfterClause(tokens, hit)) {
                PersonCandidate c = afterRole(text, tokens, hitAt, covered, hit, storyCountry);
                if (c != null) {
                    found.add(c);
                    i = c.last();
                    continue;
                }
            }
            int named = NameShape.afterHonorifics(tokens, i);
            if (named > i) {
                i = named - 1; // "Datuk Seri Zafrul": the name starts after the titles
                continue;
            }
            int end = NameShape.nameEnd(tokens, i, covered);
            if (end < 0) {
                continue;
            }
            if (end >= i + 2 && index.isRoleModifier(tokens.get(i).lower()) && index.givenName(tokens.get(i).lower()) == null) {
                // "... for National Security Kamchybek Tashiev", "... Science and Industry François-Philippe
                // Champagne": the last word of a remit, which no title ended, opens no name
                continue;
            }
            end = knownNameBeyond(text, tokens, i, end);
            if ((end > i || describedAfter(tokens, end + 2)) && placeAsFamilyName(tokens, hitAt, end)
                    && !hitAt[end + 1].has(Type.COUNTRY) && !hitAt[end + 1].has(Type.DEMONYM)) {
                // "José Ernesto Medellín": given names and a one-word place that ends the name; "Charles Santiago, a
                // Malaysian MP,": one given name and the place, where what follows describes a person
                end++;
            }
            if (i > 0 && tokens.get(i - 1).is("(") && end + 1 < tokens.size() && tokens.get(end + 1).is(")")
                    && !found.isEmpty() && found.get(found.size() - 1).last() == i - 2) {
                i = end; // "President Joko Widodo (Jokowi)": a short name in brackets is the same person's
                continue;
            }
            if (opensNameOfAThing(tokens, end)) {
                i = end + 1; // "Robert Mugabe Square", "the Indian Penal Code": the capitalised words name the thing
                continue;
            }
            if (portfolioBeforeRole(tokens, hitAt, i, end)) {
                i = end; // "Home Affairs Minister Tito Karnavian": the words belong to the title after them
                continue;
            }
            if (i > 0 && tokens.get(i - 1).is("the")) {
                PersonCandidate leader = leaderOfGovernment(text, tokens, i, end);
                if (leader != null) {
                    found.add(leader);
                }
                i = end; // "the Place de la Republique" is a place, not a person
                continue;
            }
            if (i == 0 && end == 0 && io.newsflow.extract.engine.nlp.Lemmatiser.isIngForm(tokens.get(0).lower())
                    && tokens.size() > 1 && tokens.get(1).is(",")) {
                continue; // "Reacting, the presidential candidate of the PDP, Atiku Abubakar,": a participle opens it
            }
            NameSpan spelt = withoutNickname(text, tokens, covered, i, end);
            end = spelt.last();
            boolean apposition = end + 2 < tokens.size() && tokens.get(end + 1).is(",");
            // a name the world actors dictionary knows has its own country, not the story's ("William Ruto, President
            // of the Republic of Kenya" in a story from Abu Dhabi)
            String localGuess = index.worldActors(spelt.text()).isEmpty() ? storyCountry : null;
            RolePhrase after = apposition ? roleInApposition(text, tokens, hitAt, end + 2, localGuess) : null;
            if (after != null && after.text() == null) {
                after = roleAfterAnd(text, tokens, hitAt, end + 2, localGuess, after);
            }
            if (after == null && appointedAs(tokens, i, end)) {
                after = roleInApposition(text, tokens, hitAt, end + 2, localGuess); // "appointed X as finance minister"
            }
            GivenName givenName = index.givenName(tokens.get(i).lower());
            boolean byVerb = end > i && nextToSpeech(tokens, i, end);
            String nationality = end > i ? nationality(tokens, hitAt, covered, i, end) : null;
            boolean known = !index.worldActors(text.substring(tokens.get(i).start(), tokens.get(end).end())).isEmpty();
            // '"…," Reath Muoch Tang, who heads the committee, said': a name after a quote's comma that a "who" clause
            // goes on from speaks
            boolean quotedWho = end > i && i >= 2 && isQuoteMark(tokens.get(i - 1)) && tokens.get(i - 2).is(",")
                    && end + 2 < tokens.size() && tokens.get(end + 1).is(",") && tokens.get(end + 2).is("who");
            boolean aged = end > i && end + 3 < tokens.size() && tokens.get(end + 1).is(",")
                    && tokens.get(end + 2).text().matches("\\d{1,3}") && tokens.get(end + 3).is(",") // "Ong Lin-Tjong, 39,"
                    // (the regex only where a comma follows the name: it runs on every name candidate)
                    || end > i && end + 1 < tokens.size() && tokens.get(end + 1).is(",")
                            && AGED_APPOSITION.matcher(text).region(tokens.get(end).end(), text.length()).lookingAt();
            KnownOrganization party = end > i ? partyOwning(tokens, hitAt, i) : null;
            if (nationality == null && party != null) {
                nationality = party.countryIso3();
            }
            boolean spokenEnd = end > i && spokenSurnames.contains(tokens.get(end).text());
            boolean opensWithCommonWord = commonWordShape(tokens.get(i).text());
            boolean speaker = spokenEnd && !opensWithCommonWord;
            if (spokenEnd && opensWithCommonWord && end > i + 1 && after == null && !known) {
                // "Singer-guitarists Tom Johnston said": the name starts after the word that opens the sentence
                found.add(new PersonCandidate(i + 1, i + 1, end,
                        text.substring(tokens.get(i + 1).start(), tokens.get(end).end()), null, nationality, null));
                i = end;
                continue;
            }
            if (after != null || (givenName != null && end > i) || byVerb || nationality != null || known || aged
                    || speaker || party != null || quotedWho) {
                String name = spelt.text();
                String honorific = NameShape.honorificGender(tokens, i);
                String gender = after != null && after.gender() != null ? after.gender()
                        : honorific != null ? honorific : givenName != null ? givenName.gender() : null;
                String country = after != null && after.countryCode() != null ? after.countryCode()
                        : nationality != null ? nationality : rulingFamilyHome(name);
                String role = after != null ? after.text() : roleOfAgent(tokens, i);
                role = role != null ? role : officeNamedBefore(text, tokens, hitAt, i);
                found.add(new PersonCandidate(i, i, end, name, role, country, gender));
            }
            i = end;
        }
        return withCoordinated(text, tokens, covered, found);
    }

    /**
     * "Croatian Generals Ante Gotovina and Mladen Markač": the persons a plural title at {@code first} names, each
     * with the title in the singular and the nationality before it; else an empty list.
     */
    private List<PersonCandidate> sharingPluralTitle(String text, List<Token> tokens, Gazetteer.Hit[] hitAt,
            boolean[] covered, int first) {
        if (!tokens.get(first).isWord()
                || first > 0 && tokens.get(first - 1).isCapitalised() && hitAt[first - 1] == null) {
            return List.of(); // the title opens the phrase ("Council of Ministers" is no title of the names after it)
        }
        PluralTitles.Title title = PluralTitles.at(index, text, tokens, first);
        List<int[]> names = title == null ? List.of() : PluralTitles.sharedBy(tokens, covered, title);
        if (names.isEmpty()) {
            return List.of();
        }
        Gazetteer.Hit before = first > 0 ? hitAt[first - 1] : null;
        String country = before == null || before.last() != first - 1 ? null
                : before.has(Type.DEMONYM) ? before.entry(Type.DEMONYM).key()
                : before.has(Type.COUNTRY) ? before.entry(Type.COUNTRY).key() : null;
        Role role = index.role(title.singular().toLowerCase(java.util.Locale.ROOT));
        List<PersonCandidate> persons = new ArrayList<>();
        for (int[] name : names) {
            GivenName given = index.givenName(tokens.get(name[0]).lower());
            String gender = role.gender() != null && !role.gender().isEmpty() ? role.gender()
                    : given == null ? null : given.gender();
            persons.add(new PersonCandidate(name[0], name[0], name[1],
                    text.substring(tokens.get(name[0]).start(), tokens.get(name[1]).end()), title.singular(), country,
                    gender));
        }
        return persons;
    }

    /**
     * "UN High Commissioner for Refugees Filippo Grandi": a body the dictionaries know by the name of the office that
     * heads it, right before the name, is the person's title; else null.
     */
    private String officeNamedBefore(String text, List<Token> tokens, Gazetteer.Hit[] hitAt, int nameStart) {
        Gazetteer.Hit body = nameStart > 0 ? hitAt[nameStart - 1] : null;
        if (body == null || body.last() != nameStart - 1 || body.last() == body.first()
                || !(body.has(Type.IGO) || body.has(Type.ORG))) {
            return null;
        }
        return gazetteer.titleWithin(tokens, body)
                ? text.substring(tokens.get(body.first()).start(), tokens.get(body.last()).end()) : null;
    }

    /** Words for a government named after its leader: "the Assad regime". */
    private static final java.util.Set<String> GOVERNMENT_NOUNS = Dictionaries.readWords("government-nouns.txt");

    /**
     * "the Assad regime", "the Biden administration": a leader the world actors dictionary knows, named as the head
     * of a government; null for other names after "the".
     */
    private PersonCandidate leaderOfGovernment(String text, List<Token> tokens, int first, int last) {
        if (last + 1 >= tokens.size() || !GOVERNMENT_NOUNS.contains(tokens.get(last + 1).text())) {
            return null;
        }
        String name = text.substring(tokens.get(first).start(), tokens.get(last).end());
        List<io.newsflow.extract.engine.dictionary.WorldActor> offices = index.worldActors(name);
        return offices.isEmpty() ? null
                : new PersonCandidate(first, first, last, name, null, offices.get(0).country(), null);
    }

    /**
     * "Manushi Chhillar and Akshay Kumar", "Wu Yibing, Zhang Zhizhen and Zhu Lin": a name of two or more words
     * coordinated with a person found is a person too.
     */
    private static List<PersonCandidate> withCoordinated(String text, List<Token> tokens, boolean[] covered,
            List<PersonCandidate> found) {
        List<PersonCandidate> all = new ArrayList<>(found);
        for (int c = 0; c < all.size(); c++) {
            int k = all.get(c).last() + 1;
            if (k + 1 >= tokens.size() || !(tokens.get(k).is(",") || tokens.get(k).is("and"))) {
                continue;
            }
            int first = tokens.get(k).is(",") && tokens.get(k + 1).is("and") ? k + 2 : k + 1;
            int last = NameShape.nameEnd(tokens, first, covered);
            if (last > first && !startsCandidate(all, first) && !opensNameOfAThing(tokens, last)) {
                all.add(new PersonCandidate(first, first, last,
                        text.substring(tokens.get(first).start(), tokens.get(last).end()), null, null, null));
            }
        }
        all.sort(java.util.Comparator.comparingInt(PersonCandidate::first));
        return all;
    }

    private static boolean startsCandidate(List<PersonCandidate> candidates, int token) {
        for (PersonCandidate c : candidates) {
            if (c.phraseFirst() <= token && token <= c.last()) {
                return true;
            }
        }
        return false;
    }

    private PersonCandidate afterRole(String text, List<Token> tokens, Gazetteer.Hit[] hitAt, boolean[] covered,
            Gazetteer.Hit roleHit, String storyCountry) {
        int nameStart = remits.afterFurtherPortfolios(tokens, hitAt, afterPost(tokens, hitAt, roleHit.last() + 1));
        if (nameStart < tokens.size() && tokens.get(nameStart).is(",")) {
            nameStart++;
            Gazetteer.Hit second = nameStart < tokens.size() ? hitAt[nameStart] : null;
            if (second != null && second.first() == nameStart && second.has(Type.ROLE) && second.last() + 2 < tokens.size()
                    && tokens.get(second.last() + 1).is(",") && tokens.get(second.last() + 2).isCapitalised()) {
                // "The Prime Minister, Head of Government, Chief Dr Joseph Dion Ngute": a second title of the same
                // office between commas, then the name
                nameStart = second.last() + 2;
            }
            Gazetteer.Hit rank = nameStart < tokens.size() ? hitAt[nameStart] : null;
            // ("Minister of Finance, Mr Ken Ofori-Atta": a form of address is no title of another person)
            if (rank != null && rank.first() == nameStart && rank.has(Type.ROLE) && rank.last() + 1 < tokens.size()
                    && tokens.get(rank.last() + 1).isCapitalised() && !Honorifics.isHonorific(tokens.get(nameStart).lower())) {
                // ("The Prime Minister, Chief Dr Joseph Dion Ngute": a title before a form of address is one too)
                if (!isRank(rank) && !Honorifics.isHonorific(tokens.get(rank.last() + 1).lower())) {
                    // "After meeting the Afghan envoy, Foreign Minister Ishaq Dar said": a title of its own names
                    // another person than the role before the comma
                    return null;
                }
                nameStart = rank.last() + 1; // "The US commander in Iraq, General David Petraeus": the rank is a title
            }
        }
        if (nameStart + 2 < tokens.size() && tokens.get(nameStart).is("(") && tokens.get(nameStart + 2).is(")")) {
            nameStart += 3; // "group chief executive officer (CEO) Noor Kamarul"
        }
        int afterTitle = nameStart;
        nameStart = NameShape.afterDottedInitial(tokens, NameShape.afterHonorifics(tokens, nameStart), covered);
        int afterBody = remits.afterBodyOfRole(tokens, hitAt, nameStart);
        String bodyCountry = null;
        boolean initialled = false; // "of the State Great Khural D.Amarbayasgalan": one word after an initial is a name
        if (afterBody > nameStart) {
            // ("the Ambassador of the Philippines, Renato Pedro Villa": the body's country before the comma)
            int bodyLast = tokens.get(afterBody - 1).is(",") && afterBody >= 2 ? afterBody - 2 : afterBody - 1;
            Gazetteer.Hit before = hitAt[bodyLast];
            bodyCountry = before != null && before.has(Type.COUNTRY) ? before.entry(Type.COUNTRY).key() : null;
            // "Head of the X Agency (BNPB) Doni Monardo"
            int afterTitles = NameShape.afterHonorifics(tokens, afterBody);
            nameStart = NameShape.afterDottedInitial(tokens, afterTitles, covered);
            initialled = nameStart > afterTitles;
        }
        int end = NameShape.nameEnd(tokens, nameStart, covered);
        if (end >= nameStart && opensNameOfAThing(tokens, end)) {
            return null; // "Sheikh Zayed Grand Mosque": the title opens a building's name
        }
        if (end < 0) {
            end = knownNameEnd(text, tokens, nameStart); // "Vice Premier He Lifeng": a family name like a pronoun
            // "Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah": the name goes on past the part the dictionary knows
            int longer = end < 0 ? -1 : NameShape.nameEnd(tokens, end + 1, covered);
            end = Math.max(end, longer);
        }
        if (end < 0 && nameStart + 1 < tokens.size() && index.givenName(tokens.get(nameStart).lower()) != null
                && !covered[nameStart + 1]) {
            // "Defense Minister Wellington Koo": after a title, a given name that is also a place opens the name
            boolean[] uncovered = covered.clone();
            uncovered[nameStart] = false;
            int named = NameShape.nameEnd(tokens, nameStart, uncovered);
            end = named > nameStart ? named : -1;
        }
        if (end == nameStart && placeAsFamilyName(tokens, hitAt, nameStart)) {
            end = nameStart + 1; // "spokesman Simon Birmingham", "Senator Jim Jordan": a family name that is a place
        }
        if (end < 0 || afterBody > 0 && end == nameStart && !initialled) {
            return null;
        }
        end = knownNameBeyond(text, tokens, nameStart, end);
        NameSpan spelt = withoutNickname(text, tokens, covered, nameStart, end);
        String name = spelt.text();
        end = spelt.last();
        // "Seeded player Tomasz Wielgosz of Poland": the name's own country comes before the story's
        String nationality = end > nameStart ? nationality(tokens, hitAt, covered, nameStart, end) : null;
        // "Captain Ion Iliescu, assistant defense attache at the Embassy of Romania,": the apposition says whose
        // (an honorific may stand between them: "His Highness Sheikh Mohamed bin Zayed, President of the UAE,")
        boolean rankOnly = isRank(roleHit) && (roleHit.first() == nameStart - (roleHit.last() - roleHit.first() + 1)
                || roleHit.last() + 1 == afterTitle);
        RolePhrase apposed = (nationality == null && bodyCountry == null || rankOnly) && end + 2 < tokens.size()
                && tokens.get(end + 1).is(",") ? roleInApposition(text, tokens, hitAt, end + 2, null) : null;
        String apposedCountry = apposed == null ? null : apposed.countryCode();
        // "Dr. Nayef Al-Hajraf, Secretary-General of the Gulf Cooperation Council (GCC),": an international body's
        // officer, whom the story's country does not claim
        int igoLast = apposed != null && apposedCountry == null ? igoNamedInApposition(tokens, hitAt, end + 2) : -1;
        // ("In Moscow, Deputy Foreign Minister Grigory Karasin said": the state of the place the sentence opens with)
        String fronted = FrontedPlace.officialsCountryBefore(index, tokens, hitAt, roleHit.first());
        String placeGuess = igoLast >= 0 ? null : fronted != null ? fronted : storyCountry;
        // the story's country is a guess for a local official; a name the world actors dictionary knows gets its own
        // country there ("President Donald Trump" in a story from Hong Kong)
        // (the title may be part of the name it knows: "Pope Francis")
        String titled = nameStart > 0 ? tokens.get(nameStart - 1).text() + " " + name : name;
        String guess = index.worldActors(name).isEmpty() && index.worldActors(titled).isEmpty() ? placeGuess : null;
        if (guess != null && isDiplomat(roleHit) && guess.equals(postCountry(tokens, hitAt, roleHit.first(), end))) {
            // "Ambassador Yuli Vorontsov in Washington" in a story from Washington: an envoy posted to the story's
            // country is a foreigner there
            guess = null;
        }
        String counterpart = counterpartCountryBefore(text, tokens, hitAt, roleHit.first());
        String listed = counterpart == null ? groupCountryBefore(tokens, hitAt, roleHit.first()) : null;
        String headed = countryOfBodyHeaded(tokens, hitAt, end);
        String family = rulingFamilyHome(name);
        String fallback = nationality != null ? nationality : bodyCountry != null ? bodyCountry
                : apposedCountry != null ? apposedCountry : counterpart != null ? counterpart
                : listed != null ? listed : headed != null ? headed : family != null ? family : guess;
        RolePhrase role = roleEndingAt(text, tokens, hitAt, roleHit, fallback);
        // (the whole title before the name, with its remit: "Secretary of Energy")
        String titlePhrase = nameStart > roleHit.first() ? text.substring(tokens.get(roleHit.first()).start(),
                tokens.get(nameStart - 1).end()) : "";
        String titleHome = TITLE_COUNTRIES.get(titlePhrase.toLowerCase(java.util.Locale.ROOT));
        titleHome = titleHome != null || role.text() == null ? titleHome
                : TITLE_COUNTRIES.get(role.text().toLowerCase(java.util.Locale.ROOT));
        if (titleHome != null && guess != null && fallback.equals(guess) && !titleHome.equals(guess)) {
            // "Secretary of Energy Jennifer Granholm" in a story from Kyiv: the office is one state's
            role = roleEndingAt(text, tokens, hitAt, roleHit, titleHome);
        }
        GivenName given = index.givenName(tokens.get(nameStart).lower());
        String honorific = NameShape.honorificGender(tokens, nameStart);
        String gender = role.gender() != null ? role.gender() : honorific != null ? honorific
                : given == null ? null : given.gender();
        String roleText = role.text();
        if (roleText != null && Honorifics.isHonorific(roleText.toLowerCase(java.util.Locale.ROOT))) {
            roleText = null; // "Mr. Guterres": a form of address, no role
        }
        if ((rankOnly || roleText == null) && apposed != null && apposed.text() != null) {
            // "Maj. Gen. Chhum Socheat, spokesman of the ministry": the post, not the rank; "Mr Kojo Oppong Nkrumah,
            // the Minister of Information,": the post after a form of address
            roleText = apposed.text();
            if (igoLast > apposed.first() && text.startsWith(roleText, tokens.get(apposed.first()).start())) {
                // "Secretary-General of the Gulf Cooperation Council": the post with the body it serves
                roleText = text.substring(tokens.get(apposed.first()).start(), tokens.get(igoLast).end());
            }
        }
        if (afterBody > 0 && roleText != null) {
            // "Minister of Trade Zulkifli Hasan": the title as stated runs to the name
            int last = tokens.get(afterBody - 1).is(",") ? afterBody - 2 : afterBody - 1;
            last = Honorifics.isHonorific(tokens.get(last).lower()) ? last - 1 : last;
            roleText = text.substring(tokens.get(role.first()).start(), tokens.get(last).end());
        }
        return new PersonCandidate(role.leftEdge(), nameStart, end, name, roleText, role.countryCode(), gender);
    }

    /** "Malala Yousafzai, the 15-year-old schoolgirl": an apposition that gives the one named an age. */
    private static final java.util.regex.Pattern AGED_APPOSITION = java.util.regex.Pattern.compile(
            ",[ \\t]+(?:the|a|an)[ \\t]+\\d{1,3}[- ]year[- ]old\\b");

    /** Verbs of a relative clause that says which body a person heads: "who heads Serbia's National Council". */
    private static final Set<String> HEADING = Set.of("heads", "headed", "leads", "led", "chairs", "chaired", "runs",
            "directs");

    /**
     * "Rasim Ljajić, who heads Serbia's National Council for Cooperation": the state whose body the relative clause
     * after the name says the person heads; else null.
     */
    private static String countryOfBodyHeaded(List<Token> tokens, Gazetteer.Hit[] hitAt, int nameLast) {
        int k = nameLast + 1;
        if (k + 3 >= tokens.size() || !tokens.get(k).is(",") || !tokens.get(k + 1).is("who")
                || !HEADING.contains(tokens.get(k + 2).lower())) {
            return null;
        }
        int at = tokens.get(k + 3).is("the") ? k + 4 : k + 3;
        Gazetteer.Hit owner = at < tokens.size() ? hitAt[at] : null;
        if (owner == null || owner.first() != at) {
            return null;
        }
        boolean possessive = owner.last() + 1 < tokens.size()
                && (tokens.get(owner.last() + 1).is("'s") || tokens.get(owner.last() + 1).is("’s"));
        return owner.has(Type.COUNTRY) && possessive ? owner.entry(Type.COUNTRY).key()
                : owner.has(Type.DEMONYM) ? owner.entry(Type.DEMONYM).key() : null;
    }

    /**
     * The last words of the names of laws, places and buildings that a person's name or other capitalised words open
     * ("Robert Mugabe Square", "Countering America's Adversaries Through Sanctions Act"; {@code name-heads.txt}).
     */
    private static final java.util.Set<String> NAMED_AFTER_HEADS = java.util.Set.copyOf(
            io.newsflow.extract.engine.dictionary.Dictionaries.readWords("name-heads.txt"));

    /** Whether the capitalised words ending at {@code end} go on into a word of {@link #NAMED_AFTER_HEADS}. */
    private static boolean opensNameOfAThing(List<Token> tokens, int end) {
        return end + 1 < tokens.size() && tokens.get(end + 1).isCapitalised()
                && NAMED_AFTER_HEADS.contains(tokens.get(end + 1).lower());
    }

    /** ", a Malaysian MP", ", who chairs", " said": what comes after a name at {@code at} says it is a person's. */
    private boolean describedAfter(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(at);
        if (index.isSpeechVerb(next.lower())) {
            return true;
        }
        return next.is(",") && at + 1 < tokens.size() && DESCRIPTION_OPENERS.contains(tokens.get(at + 1).lower());
    }

    /** Words that open a description of a person after a name's comma: ", a Malaysian MP", ", who chairs". */
    private static final java.util.Set<String> DESCRIPTION_OPENERS = java.util.Set.of("a", "an", "who", "whose");

    /**
     * A known given name followed by a one-word place that ends the name ("Simon Birmingham said" after a title, "José
     * Ernesto Medellín" after two given names): the place is the family name.
     */
    private boolean placeAsFamilyName(List<Token> tokens, Gazetteer.Hit[] hitAt, int given) {
        int family = given + 1;
        if (family >= tokens.size() || index.givenName(tokens.get(given).lower()) == null
                || !tokens.get(family).isCapitalised() || hitAt[family] == null
                || hitAt[family].first() != family || hitAt[family].last() != family) {
            return false;
        }
        return family + 1 >= tokens.size() || !tokens.get(family + 1).isCapitalised();
    }

    /**
     * "The US commander in Iraq, General David Petraeus", "the French ambassador to Mali, Joel Meyer": the place a post
     * is in or accredited to, between the role and the comma of its apposition, is passed over (it is not whose the
     * person is). Returns where the apposition's comma or the name is, or {@code from} when there is no such place.
     */
    private static int afterPost(List<Token> tokens, Gazetteer.Hit[] hitAt, int from) {
        if (from + 2 >= tokens.size() || !(tokens.get(from).is("in") || tokens.get(from).is("to"))) {
            return from;
        }
        int at = tokens.get(from + 1).is("the") ? from + 2 : from + 1;
        Gazetteer.Hit place = at < tokens.size() ? hitAt[at] : null;
        if (place == null || place.first() != at || !(place.has(Type.COUNTRY) || place.has(Type.CAPITAL)
                || place.has(Type.PLACE) || place.has(Type.IGO))) {
            return from;
        }
        int after = place.last() + 1;
        // "China's ambassador to Britain Liu Xiaoming said": the name may follow the place without a comma
        return after < tokens.size() && (tokens.get(after).is(",") || tokens.get(after).isCapitalised()) ? after : from;
    }

    /**
     * "Li Zuocheng, a member of the CMC and chief of staff of its Joint Staff Department,": after a noun that only
     * relates the person, the role joined by "and" in the same apposition; else the relation.
     */
    private RolePhrase roleAfterAnd(String text, List<Token> tokens, Gazetteer.Hit[] hitAt, int from,
            String storyCountry, RolePhrase relation) {
        for (int k = from; k < Math.min(tokens.size() - 1, from + APPOSITION_AND_REACH); k++) {
            if (tokens.get(k).is(",") || tokens.get(k).is(".")) {
                return relation;
            }
            if (tokens.get(k).is("and")) {
                RolePhrase second = roleInApposition(text, tokens, hitAt, k + 1, storyCountry);
                return second != null && second.text() != null ? second : relation;
            }
        }
        return relation;
    }

    /** "Liu Jieyi, China's UN envoy," — a role phrase starting at from, possibly after an article or a possessive. */
    private RolePhrase roleInApposition(String text, List<Token> tokens, Gazetteer.Hit[] hitAt, int from,
            String storyCountry) {
        for (int k = from; k < Math.min(tokens.size(), from + 8); k++) {
            Gazetteer.Hit hit = hitAt[k];
            if (tokens.get(k).is(",") || tokens.get(k).is(".")) {
                return null;
            }
            if (hit != null && hit.first() == k && hit.has(Type.ROLE)) {
                // "G. Iliescu, assistant defense attache at the Embassy of Romania,": the country the role is of
                String of = countryOfAfter(tokens, hitAt, hit.last() + 1);
                RolePhrase role = roleEndingAt(text, tokens, hitAt, hit, of != null ? of : storyCountry);
                boolean closed = hit.last() + 1 >= tokens.size() || tokens.get(hit.last() + 1).is(",")
                        || tokens.get(hit.last() + 1).is(".");
                if (k <= from + 1 && hit.last() + 1 < tokens.size()
                        && index.isSpeechVerb(tokens.get(hit.last() + 1).lower())) {
                    return null; // "by his aide, Garba Shehu, the President said": the title is the verb's subject
                }
                return role.leftEdge() <= from + 1 || closed && onlyDescribes(tokens, hitAt, from, role.leftEdge())
                        ? role : null;
            }
            if (hit != null && hit.first() == k && k <= from + 1 && (hit.has(Type.IGO) || hit.has(Type.ORG))
                    && holdsRole(tokens, hit)) {
                // "Filippo Grandi, the UN high commissioner for refugees,": an office named like its body
                return new RolePhrase(k, k, text.substring(tokens.get(k).start(), tokens.get(hit.last()).end()), null,
                        null);
            }
        }
        return null;
    }

    /**
     * The role phrase ending with the role title: modifiers, organisations, IGOs and demonyms before it belong to
     * it ("deputy UN envoy", "Russian Foreign Ministry spokeswoman"); a possessive country before it ("Russia's")
     * gives the country without being part of the role.
     */
    private RolePhrase roleEndingAt(String text, List<Token> tokens, Gazetteer.Hit[] hitAt, Gazetteer.Hit roleHit,
            String storyCountry) {
        int start = roleHit.first();
        String country = null;
        String gender = null;
        boolean international = false;
        boolean relation = false;
        for (GazetteerEntry e : roleHit.entries()) {
            Role role = index.role(e.key());
            if (role != null && role.gender() != null) {
                gender = role.gender();
            }
            relation |= role != null && RELATION.equals(role.category());
        }
        for (Gazetteer.Hit inner : gazetteer.within(tokens, roleHit)) {
            international |= inner.has(Type.IGO);
            if (country == null) {
                country = countryOf(inner);
            }
        }
        int i = start - 1;
        int textStart = -1;
        int titleEnd = roleHit.last();
        int ranksFrom = isRank(roleHit) ? roleHit.first() : -1; // where the ranks right before the name start
        while (i >= 0) {
            Token t = tokens.get(i);
            Gazetteer.Hit h = hitAt[i];
            if (textStart < 0 && (t.is("counterpart") || t.is("counterparts"))) {
                textStart = start; // "his Saudi counterpart Prince Faisal": the title is "Prince", its country Saudi
            }
            if (h != null && h.last() == i && (isRolePart(h) || cityOfOffice(tokens, hitAt, h, start))
                    && !verbLikeRole(tokens, h)) {
                international |= h.has(Type.IGO);
                if (h.has(Type.ROLE) && h != roleHit) {
                    for (Gazetteer.Hit inner : gazetteer.within(tokens, h)) {
                        international |= inner.has(Type.IGO);
                        if (country == null) {
                            country = countryOf(inner);
                        }
                    }
                }
                if (country == null && !(h.has(Type.CAPITAL) && postedThere(hitAt[start]))) {
                    country = countryOf(h);
                }
                if (ranksFrom >= 0 && h.last() == ranksFrom - 1 && h.has(Type.ROLE)) {
                    // "junta spokesman Maj. Gen. Zaw Min Tun": the post is the role, the ranks are his title
                    titleEnd = isRank(h) ? titleEnd : h.last();
                    ranksFrom = isRank(h) ? h.first() : -1;
                }
                start = h.first();
                i = h.first() - 1;
            } else if (h == null && (index.isRoleModifier(t.lower()) && !afterAuxiliary(tokens, i, hitAt)
                    && !verbAfterSubject(tokens, i) || t.is("-")
                    || t.isAllCaps() && t.text().length() > 1)) {
                start = i;
                i--;
            } else if ((t.is("and") || t.is(",") && andBefore(tokens, i, roleHit.first())) && i > 0
                    && index.isRoleModifier(tokens.get(i - 1).lower())
                    && tokens.get(i - 1).isCapitalised() && index.isRoleModifier(tokens.get(start).lower())) {
                // "Investment, Trade and Industry Minister": one title over its portfolios (but "in Pasay City,
                // Foreign Affairs Secretary X": a comma without an "and" after it closes a place)
                i--;
            } else if (t.is(")") && i >= 3 && tokens.get(i - 2).is("(") && hitAt[i - 3] != null
                    && hitAt[i - 3].last() == i - 3 && isRolePart(hitAt[i - 3])) {
                i -= 3; // "Taiwan Affairs Office (TAO) spokesperson": the body's acronym in brackets stays with it
            } else if (t.is("and") && i > 0 && hitAt[i - 1] != null && hitAt[i - 1].last() == i - 1
                    && hitAt[i - 1].has(Type.ROLE) && tokens.get(i - 1).isCapitalised() && tokens.get(start).isCapitalised()) {
                i--; // "Deputy Prime Minister and Defence Minister Richard Marles": two titles of one person
            } else {
                break;
            }
        }
        int leftEdge = start;
        if (i >= 1 && (tokens.get(i).is("'s") || tokens.get(i).is("'")) && hitAt[i - 1] != null) {
            if (country == null) {
                country = countryOf(hitAt[i - 1]);
            }
            if (country == null && hitAt[i - 1].entry(Type.PLACE) != null) {
                // "Gujarat's Chief Minister", "Crimea's premier": a region's office is of the region's state
                io.newsflow.extract.engine.dictionary.Place place = index.place(hitAt[i - 1].entry(Type.PLACE).key());
                country = place == null ? null : place.countryIso3();
            }
            leftEdge = hitAt[i - 1].first();
        } else if (i >= 0 && (tokens.get(i).is("the") || tokens.get(i).is("a") || tokens.get(i).is("an"))) {
            leftEdge = i;
        } else if (i >= 0 && country == null && (tokens.get(i).is("its") || tokens.get(i).is("their"))
                && ENVOYS.contains(tokens.get(roleHit.last()).lower())) {
            // "Morocco recalled its ambassador in Madrid, Karima Benyaich": an envoy is the state's that opens the
            // clause ("Berlin reacted by summoning Iran's chargé d'affaires and recalling its ambassador")
            country = subjectCountryBefore(tokens, hitAt, i);
        }
        if (country == null && !international) {
            // "Interior Minister Bruno Retailleau" in a story from Paris; a CEO or a magistrate likewise
            country = storyCountry;
        }
        // "her compatriot Zhu Lin": the noun shows a person without being a role of hers
        int titleStart = textStart >= 0 ? textStart : start;
        titleEnd = titleEnd < titleStart ? roleHit.last() : titleEnd; // "his Saudi counterpart Prince Faisal"
        String roleText = relation ? null : text.substring(tokens.get(titleStart).start(), tokens.get(titleEnd).end());
        return new RolePhrase(start, leftEdge, roleText, country, gender);
    }

    /** Envoys, who are always a state's: "its ambassador", "their envoy". */
    private static final Set<String> ENVOYS = Set.of("ambassador", "ambassadors", "envoy", "envoys", "commissioner",
            "consul", "consul-general");

    /** The country of the first state named before token {@code at} in its sentence, not as a possessor; else null. */
    private String subjectCountryBefore(List<Token> tokens, Gazetteer.Hit[] hitAt, int at) {
        for (int k = 0; k < at; k++) {
            Gazetteer.Hit h = hitAt[k];
            if (h != null && h.first() == k && (h.has(Type.COUNTRY) || h.has(Type.CAPITAL))
                    && !(h.last() + 1 < tokens.size() && tokens.get(h.last() + 1).is("'s"))) {
                return countryOf(h);
            }
        }
        return null;
    }

    /** Whether an "and" stands between {@code from} and {@code to}: a list of portfolios ends in one. */
    private static boolean andBefore(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).is("and")) {
                return true;
            }
        }
        return false;
    }

    /** How far after a role its country may stand: "a member of the Political Bureau of the Communist Party of China". */
    private static final int COUNTRY_AFTER_ROLE = 16;

    /**
     * The last token of an international body named after "of" in the apposition that starts at {@code from}, or -1:
     * "Secretary-General of the Gulf Cooperation Council".
     */
    private static int igoNamedInApposition(List<Token> tokens, Gazetteer.Hit[] hitAt, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + COUNTRY_AFTER_ROLE); k++) {
            if (tokens.get(k).is(",") || tokens.get(k).is(".")) {
                return -1;
            }
            Gazetteer.Hit hit = hitAt[k];
            boolean afterOf = k > 1 && (tokens.get(k - 1).is("of")
                    || tokens.get(k - 1).is("the") && tokens.get(k - 2).is("of"));
            if (hit != null && hit.first() == k && afterOf && hit.has(Type.IGO)) {
                return hit.last();
            }
        }
        return -1;
    }

    /**
     * The country named after "of" before the apposition closes ("attache at the Embassy of Romania", "deputy speaker
     * of the Armenian parliament"), or the one of
     * a known party or body of one state named so ("a member of the Standing Committee of the Political Bureau of the
     * Communist Party of China Central Committee"), else null.
     */
    private String countryOfAfter(List<Token> tokens, Gazetteer.Hit[] hitAt, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + COUNTRY_AFTER_ROLE); k++) {
            if (tokens.get(k).is(",") || tokens.get(k).is(".")) {
                return null;
            }
            Gazetteer.Hit hit = hitAt[k];
            if (hit != null && hit.first() == k && k > 0 && tokens.get(k - 1).is("of") && hit.has(Type.COUNTRY)) {
                return hit.entry(Type.COUNTRY).key();
            }
            if (hit != null && hit.first() == k && k > 1 && tokens.get(k - 1).is("the") && tokens.get(k - 2).is("of")
                    && hit.has(Type.DEMONYM) && hit.last() + 1 < tokens.size() && tokens.get(hit.last() + 1).isWord()) {
                return hit.entry(Type.DEMONYM).key(); // "deputy speaker of the Armenian parliament"
            }
            if (hit != null && hit.first() == k && k > 1 && tokens.get(k - 1).is("the")
                    && (tokens.get(k - 2).is("of") || tokens.get(k - 2).is("for")) && hit.has(Type.COUNTRY)
                    && hit.last() + 1 < tokens.size() && tokens.get(hit.last() + 1).isCapitalised()) {
                return hit.entry(Type.COUNTRY).key(); // "spokesperson of the China Coast Guard"
            }
            if (hit != null && hit.first() == k && k > 1 && tokens.get(k - 1).is("the") && tokens.get(k - 2).is("of")
                    && hit.has(Type.ORG) && !hit.has(Type.IGO)) {
                String country = countryOf(hit);
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }

    /**
     * "his Eritrean counterpart, Foreign Minister Osman Saleh", "Egypt's counterpart, Foreign Minister X": the
     * country of the relation noun the title stands in apposition to, as its own role phrase reads it; else null.
     */
    private String counterpartCountryBefore(String text, List<Token> tokens, Gazetteer.Hit[] hitAt, int title) {
        Gazetteer.Hit relation = title >= 2 && tokens.get(title - 1).is(",") ? hitAt[title - 2] : null;
        if (relation == null || relation.last() != title - 2 || !relation.has(Type.ROLE)
                || relation.entries().stream().noneMatch(e -> e.type() == Type.ROLE && index.role(e.key()) != null
                        && RELATION.equals(index.role(e.key()).category()))) {
            return null;
        }
        return roleEndingAt(text, tokens, hitAt, relation, null).countryCode();
    }

    /**
     * "seven Russian officials, among them Deputy Prime Minister Dmitry Rogozin", "four Ukrainians including ousted
     * President Viktor Yanukovich": the first of a group a demonym names, listed right after it, is of its country.
     * Returns that country, or null.
     */
    private static String groupCountryBefore(List<Token> tokens, Gazetteer.Hit[] hitAt, int title) {
        int k = title - 1;
        for (int adjectives = 0; k >= 0 && adjectives < 2 && tokens.get(k).isWord() && !tokens.get(k).isCapitalised()
                && !LIST_OPENERS.contains(tokens.get(k).lower()) && !tokens.get(k).is("them"); adjectives++) {
            k--; // "ousted", "former"
        }
        if (k >= 1 && tokens.get(k).is("them") && tokens.get(k - 1).is("among")) {
            k -= 2;
        } else if (k >= 1 && tokens.get(k).is("as") && tokens.get(k - 1).is("such")) {
            k -= 2;
        } else if (k >= 0 && tokens.get(k).is("including")) {
            k--;
        } else {
            return null;
        }
        k = k >= 0 && tokens.get(k).is(",") ? k - 1 : k;
        if (k < 0) {
            return null;
        }
        Gazetteer.Hit group = hitAt[k];
        if (group != null && group.last() == k && group.has(Type.DEMONYM)) {
            return group.entry(Type.DEMONYM).key(); // "four Ukrainians including"
        }
        Gazetteer.Hit demonym = k >= 1 && GROUP_NOUNS.contains(tokens.get(k).lower()) ? hitAt[k - 1] : null;
        return demonym != null && demonym.last() == k - 1 && demonym.has(Type.DEMONYM)
                ? demonym.entry(Type.DEMONYM).key() : null;
    }

    /** The words that open a list of a group's members: "including", "among them", "such as". */
    private static final Set<String> LIST_OPENERS = Set.of("including", "among", "as");
    /** Plural nouns of people that a demonym makes a group of one country: "Russian officials". */
    private static final Set<String> GROUP_NOUNS = Set.of("officials", "ministers", "leaders", "politicians",
            "lawmakers", "legislators", "figures", "commanders", "officers", "diplomats", "businessmen", "individuals",
            "people", "nationals", "citizens");

    /** "Directed by Ali Abbas Zafar": the one a film's credit names by its verb is its director. */
    private String roleOfAgent(List<Token> tokens, int nameStart) {
        if (nameStart < 2 || !tokens.get(nameStart - 1).is("by")) {
            return null;
        }
        return index.dictionaries().creditRoles().get(tokens.get(nameStart - 2).lower());
    }

    /** "the army's special forces": between an article and a title, only a possessor and lower-case words. */
    private static boolean onlyDescribes(List<Token> tokens, Gazetteer.Hit[] hitAt, int from, int roleStart) {
        if (roleStart - from > 6) {
            return false;
        }
        for (int k = from; k < roleStart; k++) {
            Token t = tokens.get(k);
            boolean describes = t.is("the") || t.is("a") || t.is("an") || t.isPossessiveMark()
                    || t.isWord() && !t.isCapitalised() || hitAt[k] != null;
            if (!describes) {
                return false;
            }
        }
        return true;
    }

    /** An organisation's name that is an office: its last words are a title ("High Commissioner for Refugees"). */
    private boolean holdsRole(List<Token> tokens, Gazetteer.Hit hit) {
        for (int first = hit.first(); first <= hit.last(); first++) {
            StringBuilder words = new StringBuilder();
            for (int k = first; k <= Math.min(hit.last(), first + 2); k++) {
                words.append(k > first ? " " : "").append(tokens.get(k).lower());
                if (index.role(words.toString()) != null && index.role(words.toString()).category() != null
                        && words.indexOf(" ") > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Capitalised words that are all portfolio words of a title after them ("Investment, Trade and Industry"). */
    private boolean portfolioBeforeRole(List<Token> tokens, Gazetteer.Hit[] hitAt, int first, int last) {
        int k = last + 1;
        while (k < tokens.size() && hitAt[k] == null && (tokens.get(k).is(",") || tokens.get(k).is("and")
                || index.isRoleModifier(tokens.get(k).lower()))) {
            k++;
        }
        Gazetteer.Hit next = k < tokens.size() ? hitAt[k] : null;
        if (next == null || next.first() != k || !next.has(Type.ROLE)) {
            return false;
        }
        for (int w = first; w <= last; w++) {
            if (!index.isRoleModifier(tokens.get(w).lower())) {
                return false;
            }
        }
        return true;
    }

    /** A name's last token and its text. */
    private record NameSpan(int last, String text) {
    }

    /** The name [first, end], or, when a nickname in quotes and a family name follow, the name without the nickname. */
    private static NameSpan withoutNickname(String text, List<Token> tokens, boolean[] covered, int first, int end) {
        String given = text.substring(tokens.get(first).start(), tokens.get(end).end());
        int surname = surnameAfterNickname(tokens, end);
        int surnameEnd = surname < 0 ? -1 : NameShape.nameEnd(tokens, surname, covered);
        if (surname < 0 || surnameEnd < surname) {
            return new NameSpan(end, given);
        }
        // 'cartel kingpin Joaquin "El Chapo" Guzman' is Joaquin Guzman
        return new NameSpan(surnameEnd, given + " " + text.substring(tokens.get(surname).start(),
                tokens.get(surnameEnd).end()));
    }

    /** Where a family name starts after a nickname in quotes ("Joaquin \"El Chapo\" Guzman"), else -1. */
    private static int surnameAfterNickname(List<Token> tokens, int end) {
        int open = end + 1;
        if (open >= tokens.size() || !isQuoteMark(tokens.get(open))) {
            return -1;
        }
        for (int close = open + 2; close < Math.min(tokens.size(), open + 5); close++) {
            if (isQuoteMark(tokens.get(close))) {
                return close + 1 < tokens.size() ? close + 1 : -1;
            }
            if (!tokens.get(close).isCapitalised()) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isQuoteMark(Token t) {
        return t.is("\"") || t.is("\u201c") || t.is("\u201d") || t.is("'");
    }

    /** "have detained President X": after an auxiliary a participle is the verb, not a modifier of the title. */
    /**
     * "A Moscow court jailed opposition politician Ilya Yashin": a modifier in the past ("jailed", "detained") right
     * after a word that is no article is the verb of that word's clause, where "the jailed opposition leader" and
     * a sentence that opens with it describe the person.
     */
    private static boolean verbAfterSubject(List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i).lower().endsWith("ed")) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.isWord() && !ARTICLES_AND_POSSESSIVES.contains(before.lower());
    }

    private static final java.util.Set<String> ARTICLES_AND_POSSESSIVES = java.util.Set.of("the", "a", "an", "his",
            "her", "their", "its", "our", "former", "newly");

    /**
     * Whether tokens[i] follows an auxiliary ("has approved"); the "'s" of a place's possessive is none ("Norway's
     * Fisheries Minister").
     */
    private static boolean afterAuxiliary(List<Token> tokens, int i, Gazetteer.Hit[] hitAt) {
        boolean possessive = i > 1 && tokens.get(i - 1).is("'s") && hitAt[i - 2] != null && hitAt[i - 2].last() == i - 2
                && (hitAt[i - 2].has(Type.COUNTRY) || hitAt[i - 2].entry(Type.PLACE) != null);
        return i > 0 && AUXILIARIES.contains(tokens.get(i - 1).lower()) && !possessive;
    }

    /** Verbs that give the person after them the office named after "as". */
    private static final java.util.Set<String> APPOINTING = java.util.Set.of("appointed", "appoints", "appoint",
            "named", "names", "nominated", "nominates", "elected", "confirmed", "chose", "picked", "tapped",
            "reappointed", "installed", "designated");

    /** The last token of a name of two or three words the world actors dictionary knows, starting at from; else -1. */
    private int knownNameEnd(String text, List<Token> tokens, int from) {
        return lastOfKnownName(text, tokens, from, from + 1, 3);
    }

    /**
     * The last token of a name the world actors dictionary knows that runs past end, a title word inside it
     * ("Hassan Sheikh Mohamud", where "Sheikh" alone would end the name at "Hassan"); else end.
     */
    private int knownNameBeyond(String text, List<Token> tokens, int first, int end) {
        return Math.max(end, lastOfKnownName(text, tokens, first, end + 1, KNOWN_NAME_WORDS));
    }

    /** The last token, at least {@code lowest}, of a known name of at most {@code words} words from first; else -1. */
    private int lastOfKnownName(String text, List<Token> tokens, int first, int lowest, int words) {
        for (int last = Math.min(tokens.size() - 1, first + words - 1); last >= lowest; last--) {
            if (tokens.get(last).isCapitalised()
                    && !index.worldActors(text.substring(tokens.get(first).start(), tokens.get(last).end())).isEmpty()) {
                return last;
            }
        }
        return -1;
    }

    /** The most words of a known name read past a title word inside it. */
    private static final int KNOWN_NAME_WORDS = 4;

    /** Words that open a sentence and no name: "Yet Sondland", "Questioning Vindman", "Singer-guitarists Tom Johnston". */
    private static final java.util.regex.Pattern COMMON_WORD = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+ing|\\p{L}+-\\p{Ll}{4,}|Yet|But|And|So|Still|Also|Then|Meanwhile|However|Now|Instead|Asked");

    private static boolean commonWordShape(String word) {
        return COMMON_WORD.matcher(word).matches();
    }

    /** "appointed Sri Mulyani Indrawati as finance minister": an appointing verb before the name, "as" after it. */
    private static boolean appointedAs(List<Token> tokens, int first, int last) {
        return last + 2 < tokens.size() && tokens.get(last + 1).is("as") && first >= 1
                && APPOINTING.contains(tokens.get(first - 1).lower());
    }

    /** A diplomat's title: "Ambassador", "envoy", "chargé d'affaires". */
    private boolean isDiplomat(Gazetteer.Hit hit) {
        return anyRole(hit, role -> DIPLOMAT.equals(role.category()));
    }

    private static final String DIPLOMAT = "DIPLOMAT";

    /**
     * The country an envoy's post names: "to" a state inside the title ("Ambassador to China Kenji Kanasugi") or "in"
     * a place right after the name ("Ambassador Yuli Vorontsov in Washington"); else null.
     */
    private static String postCountry(List<Token> tokens, Gazetteer.Hit[] hitAt, int titleFirst, int nameLast) {
        for (int k = titleFirst; k < nameLast; k++) {
            if (tokens.get(k).is("to") && hitAt[k + 1] != null && hitAt[k + 1].first() == k + 1) {
                return EntityRecogniser.countryIn(hitAt[k + 1]);
            }
        }
        int place = nameLast + 2;
        return place < tokens.size() && tokens.get(nameLast + 1).is("in") && hitAt[place] != null
                && hitAt[place].first() == place && EntityRecogniser.placeIn(hitAt[place])
                ? EntityRecogniser.countryIn(hitAt[place]) : null;
    }

    /** A military or police rank, or a title of nobility, that stands before a name ("General", "Sheikh"). */
    private boolean isRank(Gazetteer.Hit hit) {
        return anyRole(hit, role -> "RANK".equals(role.rank()));
    }

    /** Whether one of the titles the hit holds passes {@code test}. */
    private boolean anyRole(Gazetteer.Hit hit, java.util.function.Predicate<Role> test) {
        for (GazetteerEntry e : hit.entries()) {
            Role role = e.type() == Type.ROLE ? index.role(e.key()) : null;
            if (role != null && test.test(role)) {
                return true;
            }
        }
        return false;
    }

    /** How far into an apposition the "and" of a second role may stand. */
    private static final int APPOSITION_AND_REACH = 12;

    /**
     * "the Congress party accused Prime Minister Modi": a one-word role in the past ("accused") right after a subject is
     * that subject's verb, as a modifier is ({@link #verbAfterSubject}); "the accused" stays a role.
     */
    /**
     * "Tarek William Saab, accused Superlano of plotting": a one-word title in -ed after a comma and right before a name
     * is the verb of the subject before the apposition ("Saab, accused of fraud," goes on with "of").
     */
    private static boolean verbAfterClause(List<Token> tokens, Gazetteer.Hit h) {
        return h.first() == h.last() && h.first() > 0 && tokens.get(h.first() - 1).is(",")
                && tokens.get(h.first()).lower().endsWith("ed") && h.last() + 1 < tokens.size()
                && tokens.get(h.last() + 1).isCapitalised();
    }

    private static boolean verbLikeRole(List<Token> tokens, Gazetteer.Hit h) {
        return h.has(Type.ROLE) && h.first() == h.last() && verbAfterSubject(tokens, h.first());
    }

    /**
     * "Jakarta Governor Basuki", "London Mayor Sadiq Khan": a capital right before an office names whose office it is
     * (but "in Washington US President Obama" is where he was).
     */
    private boolean cityOfOffice(List<Token> tokens, Gazetteer.Hit[] hitAt, Gazetteer.Hit h, int roleStart) {
        boolean office = hitAt[roleStart] != null ? hitAt[roleStart].has(Type.ROLE)
                && !hitAt[roleStart].has(Type.DEMONYM) && !hitAt[roleStart].has(Type.COUNTRY)
                : index.isRoleModifier(tokens.get(roleStart).lower()); // "Brussels regional environment minister"
        return h.has(Type.CAPITAL) && office
                && (h.first() == 0 || !PLACE_PREPOSITIONS.contains(tokens.get(h.first() - 1).lower()));
    }

    /**
     * "Moscow correspondent Nicholas Daniloff": a journalist's title (MEDIA) names the city he is posted to, not his
     * state.
     */
    private boolean postedThere(Gazetteer.Hit role) {
        GazetteerEntry title = role == null ? null : role.entry(Type.ROLE);
        io.newsflow.extract.engine.dictionary.Role known = title == null ? null : index.role(title.key());
        return known != null && "MEDIA".equals(known.category());
    }

    /** Words after which a capital is where something happened. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "to", "into", "near", "outside",
            "across", "around", "throughout", "via");

    private static boolean isRolePart(Gazetteer.Hit h) {
        return h.has(Type.ORG_HEAD) || h.has(Type.IGO) || h.has(Type.ORG) || h.has(Type.DEMONYM)
                || h.has(Type.COUNTRY) || h.has(Type.SEAT) || h.has(Type.ROLE);
    }

    /** "The ANC's Thoko Didiza", "the DA's Annelie Lotriet": the party whose possessive opens the name, else null. */
    private KnownOrganization partyOwning(List<Token> tokens, Gazetteer.Hit[] hitAt, int first) {
        if (first < 2 || !tokens.get(first - 1).is("'s") && !tokens.get(first - 1).is("’s")) {
            return null;
        }
        Gazetteer.Hit owner = hitAt[first - 2];
        GazetteerEntry org = owner == null || owner.last() != first - 2 ? null : owner.entry(Type.ORG);
        KnownOrganization known = org == null ? null : index.organization(org.key());
        return known != null && known.party() ? known : null;
    }

    private String countryOf(Gazetteer.Hit h) {
        for (Type type : new Type[] {Type.DEMONYM, Type.COUNTRY, Type.SEAT, Type.CAPITAL}) {
            GazetteerEntry e = h.entry(type);
            if (e != null) {
                return e.key();
            }
        }
        GazetteerEntry org = h.entry(Type.ORG);
        if (org != null) {
            KnownOrganization known = index.organization(org.key());
            return known == null ? null : known.countryIso3();
        }
        return null;
    }

    /**
     * The country a name is tied to by its shape in the sentence, the way sports and wire copy present people:
     * "Zheng Qinwen of China", "Mongolia's Maralgoo Chogsomjav", "Indonesian Justin Barki", and the first of a pair
     * "Momoko Kobori and Ayano Shimizu of Japan"; null when nothing ties it.
     */
    private String nationality(List<Token> tokens, Gazetteer.Hit[] hitAt, boolean[] covered, int first, int last) {
        String after = countryOfAt(tokens, hitAt, last + 1);
        if (after != null) {
            return after;
        }
        if (last + 2 < tokens.size() && tokens.get(last + 1).is("and")) {
            int partnerEnd = NameShape.nameEnd(tokens, last + 2, covered);
            if (partnerEnd > last + 2) {
                String shared = countryOfAt(tokens, hitAt, partnerEnd + 1);
                if (shared != null) {
                    return shared;
                }
            }
        }
        if (first >= 2 && (tokens.get(first - 1).is("'s") || tokens.get(first - 1).is("’s"))) {
            Gazetteer.Hit owner = hitAt[first - 2];
            if (owner != null && owner.last() == first - 2 && owner.has(Type.COUNTRY)) {
                return owner.entry(Type.COUNTRY).key();
            }
        }
        if (first >= 1) {
            Gazetteer.Hit before = hitAt[first - 1];
            if (before != null && before.last() == first - 1 && before.has(Type.DEMONYM) && !before.has(Type.ROLE)) {
                return before.entry(Type.DEMONYM).key();
            }
        }
        if (first >= 2 && hitAt[first - 1] == null && tokens.get(first - 1).isWord() && !tokens.get(first - 1).isCapitalised()) {
            // "Swiss great Martina Hingis", "Belgian veteran X": a nationality before a noun that describes the name
            Gazetteer.Hit before = hitAt[first - 2];
            if (before != null && before.last() == first - 2 && before.has(Type.DEMONYM) && !before.has(Type.ROLE)) {
                return before.entry(Type.DEMONYM).key();
            }
        }
        return appositionNationality(tokens, hitAt, last);
    }

    /** "Sabalenka, the Belarusian bidding to …": a demonym right after "the" in an apposition, else null. */
    private static String appositionNationality(List<Token> tokens, Gazetteer.Hit[] hitAt, int last) {
        int k = last + 1;
        if (k + 2 >= tokens.size() || !tokens.get(k).is(",") || !tokens.get(k + 1).is("the")) {
            return null;
        }
        Gazetteer.Hit demonym = hitAt[k + 2];
        boolean alone = demonym != null && demonym.first() == k + 2 && demonym.has(Type.DEMONYM)
                && demonym.last() + 1 < tokens.size() && !tokens.get(demonym.last() + 1).isCapitalised();
        return alone ? demonym.entry(Type.DEMONYM).key() : null;
    }

    /** "of China", "of the Republic of Korea" starting at {@code of}: the country's code, else null. */
    private static String countryOfAt(List<Token> tokens, Gazetteer.Hit[] hitAt, int of) {
        if (of + 1 >= tokens.size() || !tokens.get(of).is("of")) {
            return null;
        }
        // "First Vice President Mohammad Reza Aref of the Islamic Republic of Iran": a state's formal name takes "the"
        int at = tokens.get(of + 1).is("the") && of + 2 < tokens.size() ? of + 2 : of + 1;
        Gazetteer.Hit country = hitAt[at];
        if (country == null || country.first() != at || !country.has(Type.COUNTRY)) {
            return null;
        }
        int next = country.last() + 1;
        boolean nameGoesOn = next < tokens.size() && tokens.get(next).isCapitalised() && tokens.get(next).isWord();
        return nameGoesOn ? null : country.entry(Type.COUNTRY).key();
    }

    private boolean nextToSpeech(List<Token> tokens, int first, int last) {
        if (last + 1 < tokens.size() && index.isSpeechVerb(tokens.get(last + 1).lower())) {
            return true;
        }
        if (first >= 1 && tokens.get(first - 1).is(",") && last + 2 < tokens.size() && tokens.get(last + 1).is(",")
                && index.isSpeechVerb(tokens.get(last + 2).lower())) {
            return true; // "the deputy director of public prosecutions, Eva-Marie Persson, said"
        }
        if (first >= 1 && (tokens.get(first - 1).is("said") || tokens.get(first - 1).is("says"))) {
            return true;
        }
        return first >= 2 && tokens.get(first - 1).is("to") && tokens.get(first - 2).is("according");
    }

    /** Tokens [first, role end] hold the role; leftEdge includes an article or possessive country before it. */
    /** Titles of offices that only one state has ({@code title-countries.tsv}), with that state. */
    private static final java.util.Map<String, String> TITLE_COUNTRIES = io.newsflow.extract.engine.dictionary.Dictionaries
            .readPairs("title-countries.tsv", "title", "country");
    /** The Gulf's ruling families ({@code ruling-families.tsv}), lower case, with the state each rules. */
    private static final java.util.Map<String, String> RULING_FAMILIES =
            io.newsflow.extract.engine.dictionary.Dictionaries.readPairs("ruling-families.tsv", "family", "country");

    /** "Nasser bin Hamad Al Khalifa", "Tamim bin Hamad Al-Thani": the state whose ruling family the name ends in. */
    static String rulingFamilyHome(String name) {
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return null;
        }
        String last = name.substring(space + 1);
        String family;
        if (last.length() > 3 && last.regionMatches(true, 0, "al-", 0, 3)) {
            family = "al " + last.substring(3); // "Al-Thani"
        } else if (space >= 3 && name.charAt(space - 3) == ' ' && name.regionMatches(true, space - 2, "al", 0, 2)) {
            family = "al " + last; // "Al Khalifa"
        } else {
            return null; // (most names end otherwise: no lookup)
        }
        return RULING_FAMILIES.get(family.toLowerCase(java.util.Locale.ROOT));
    }

    record RolePhrase(int first, int leftEdge, String text, String countryCode, String gender) {
    }
}
