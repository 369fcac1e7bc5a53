package io.newsflow.extract.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.PrintedDateline;
import io.newsflow.contract.RawArticle;
import io.newsflow.extract.engine.article.ArticleDate;
import io.newsflow.extract.engine.article.ArticleDating;
import io.newsflow.extract.engine.article.DatelineParser;
import io.newsflow.extract.engine.article.FilingAgency;
import io.newsflow.extract.engine.article.PlatformMentions;
import io.newsflow.extract.engine.article.FirstPublishedLine;
import io.newsflow.extract.engine.article.ParsedDateline;
import io.newsflow.extract.engine.article.SignOffs;
import io.newsflow.extract.engine.article.YearRange;
import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.dictionary.DictionaryFingerprint;
import io.newsflow.extract.engine.dictionary.Country;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.entity.BareOrganisations;
import io.newsflow.extract.engine.entity.CorefResolver;
import io.newsflow.extract.engine.entity.PossessiveGenders;
import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.entity.EntityRecogniser;
import io.newsflow.extract.engine.entity.EntityTable;
import io.newsflow.extract.engine.entity.KnownActors;
import io.newsflow.extract.engine.entity.LocalOfficials;
import io.newsflow.extract.engine.entity.Gazetteer;
import io.newsflow.extract.engine.event.EventExtractor;
import io.newsflow.extract.engine.event.EventTimeFollowUp;
import io.newsflow.extract.engine.event.CoordinatedActs;
import io.newsflow.extract.engine.event.ParallelTargets;
import io.newsflow.extract.engine.event.ActDoers;
import io.newsflow.extract.engine.event.FollowedSuit;
import io.newsflow.extract.engine.event.ReactionTargets;
import io.newsflow.extract.engine.event.SelfMeetings;
import io.newsflow.extract.engine.event.BilateralPair;
import io.newsflow.extract.engine.event.RetoldEvents;
import io.newsflow.extract.engine.event.SportsContext;
import io.newsflow.extract.engine.event.OwnStatePraise;
import io.newsflow.extract.engine.event.UnaimedActs;
import io.newsflow.extract.engine.event.ReleaseHolders;
import io.newsflow.extract.engine.event.ViolenceCounterparts;
import io.newsflow.extract.engine.nlp.Lemmatiser;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.SentenceSplitter;
import io.newsflow.extract.engine.nlp.TextNormaliser;
import io.newsflow.extract.engine.nlp.Token;
import io.newsflow.extract.engine.quote.FoundQuote;
import io.newsflow.extract.engine.quote.QuoteFinder;
import io.newsflow.extract.engine.quote.SpeakerNames;
import io.newsflow.extract.engine.time.TimeExpressions;
import io.newsflow.extract.engine.time.TimeMention;
import io.newsflow.extract.engine.time.TimePoint;
import io.newsflow.extract.engine.tone.ToneScorer;

/**
 * The extraction pipeline: dateline and date, sentences, entities, coreference, quotes, events, tone. Everything
 * loaded in {@link #load()} is immutable and shared; per-article state lives in local objects, so analyse is
 * thread-safe.
 */
public final class NewsflowEngine implements ExtractionEngine {
    /**
     * The engine's code version; the extractor version adds the dictionaries' fingerprint
     * ("0.3.0+3fa2c1d09b7e"). Raised with every code change that changes what the engine extracts, so a replay
     * re-analyses (0.3.0: dates; 0.3.1: an undated story's dateline has no date, pattern gaps backtrack,
     * coordinated people, ranks in apposition; 0.3.2: joint patterns, state nouns only of state offices, the
     * people of the place named, agents inside a match; 0.3.3: no day for a present perfect, a later sentence's
     * time for the event it names, idioms that are no event, the more specific of two patterns over the same
     * words, "you" never the speaker, time phrases inside patterns, lists of sources, "he" after "X said" is X,
     * a sentence goes on in the earlier time told just before it, "according to X" before a quote, a role noun
     * with a name in apposition, a pronoun named in the next sentence, what a named actor "must" do; 0.3.4: no
     * event for what a sentence asks "whether" of, wants of another, hedges or calls a chance for; calling on
     * supporters to march rallies opposition, and a future code may be mapped by code before root; the place
     * right after an act is its object before a later actor; a second verb in what an appeal asks for; a body of
     * an IGO acts under its parent's code unless it acts alone; adopting a package of sanctions; a dateline day
     * without a year is at most one day after the arrival; 0.3.5: soldiers killed abroad were fought by the
     * country they fell in; what is faced or received from an actor comes from it; each pair of a list of
     * subjects that met; military shows abroad aim at the host; an alleged or claimed act is an accusation; a
     * name's last word in lower case after "a" is a common noun; a list comma inside "for X, Y and Z to"; an
     * attack named by a nationality without an article, and the people of the place it struck; an act named by a
     * noun with its actor after "by"; a quantity's "of" names the subject; the object of a first verb is no
     * subject of a second one joined by "and"; "by" without an actor after it makes no passive ("spoke by
     * phone"); "two days ago" and the like count back from the article's date; a semicolon ends the clause a
     * subject is sought in; governments clash over a policy in words, not arms; a meeting told again with names
     * is one meeting, and two officials of one state in one act are one event; a two-word name's first word
     * alone refers to it ("Zhang", "Manushi"); an IGO post stated without the IGO's code is still that post; a
     * weekday's year is sought back from the arrival when only a tenure bounds it; two mediators mediate
     * together, not with each other; a relative clause between commas is skipped on the way back to a verb's
     * subject; "his country" as a subject is no actor named before it; coordinated subjects act on each other
     * only in intents, meetings, cooperation, aid, mutual acts and "each other"; an actor naming a text after
     * "of" is no object; a reaction to "the launch" or "the agreement" told before targets whoever did it; an
     * agency without a place ("(Reuters) -") is a dateline without a place; 0.3.6: a speaker the story describes
     * without a name ("a senior police officer said", "said a spokesman for the ministry", "He says" after such
     * a speaker) is named by the description, and a surname the story never introduces by that surname; more
     * verbs of saying ("testified", "explains", "comments"); words a paper quotes someone "as saying" are
     * theirs; quote marks after "titled" enclose a name; a thing named right before the trigger's auxiliaries is
     * its subject ("when the lander would be ready"); people counted one by one ("two Russians") do not act for
     * their state; "the call on July 25" is no appeal; a capitalised word before "Security Council" in a title
     * names a state's own body; summoning an envoy to protest is one complaint; a place after "at" is no partner
     * of a cooperative act; violence by protesters is a violent protest (145), also past an apposition; saying a
     * state commits genocide or war crimes accuses it; an attack named with adjectives ("a massive Russian
     * missile attack") is the agent of a passive and the means of a killing, not a second act; an -ing clause
     * opened by "after" or "before" has the main clause's subject; what coordinated subjects do to "each other"
     * goes both ways; a warning that the other "would pay" is a threat; state violence against protesters is
     * violent repression (175); a phone call received is the caller's; released foreigners named by their people
     * are their state's; a quote "according to a statement from" a body is that body's; a subject before an
     * apposition speaks; the office after "appointed X as" is X's role; a role joined by "and" after a relation
     * ("a member of ... and chief of staff") is the role; a verb like "accused" before a title is no part of it;
     * a time next to the saying ("said on Friday it had expelled ... a day earlier") dates the saying, and the
     * act takes the time of its own clause; typographic quote marks pair by direction and doubled single marks
     * quote; a speaker with an apposition after the quote ("Steve Clarke, an administrator at NASA, said"); a
     * name between commas before "said" is a person; a quote opening a sentence after "…, he said." is his; a
     * subject before a colon introduces the quote; a title of its own after a comma names another person than
     * the role before it; a violent protest is against the protesters' government; sorrow is condolence;
     * defending needs someone defended; a body that speaks is named as the story prints it near the quote;
     * beginning an exercise is a show of force; "its foreign ministry" is the state named before, without
     * claiming a bare ministry elsewhere; a warning that others "would pay dearly" is a threat; a gap crosses
     * the marks of a few quoted words; a verb after "and" is no participle describing a noun and takes its own
     * object; calling supporters to strike rallies them against their state; a time in the possessive ("this
     * month's election") dates its noun, not the verb; "the two sides" and "both leaders" are the parties of the
     * last cooperative act told, and "the summit" a party suggests is with the other one; witnessing the signing
     * of documents signs them; continuing to communicate is consultation; "jailed" after a subject is a verb,
     * not part of the title after it; ordering the arrest of someone arrests them; striking down a law is no
     * attack; a tariff, retaliating with tariffs and halting trade are sanctions; suspending talks halts
     * negotiations; a byline line before the dateline is passed over, and a known place in capitals before a
     * colon is a dateline ("ISLAMABAD: …"); "the statement said" is of whoever the story said issued it; "he
     * said" goes on with the subject of the sentence before; an -ing clause after the saying is the sayer's only
     * when the sayer is in the saying's own clause; firing missiles is a show of force; "will respond to the
     * expulsion" is a threat; hoping another will act is an appeal to it; dissatisfaction disapproves;
     * countermeasures threaten; dictionary phrases with an abbreviation's dot ("Lt. Gen.", "Sen.") match before
     * a name; "FM"; a portfolio after "for" belongs to the title; a rank before a name yields to the post in
     * apposition; an actor after a preposition and its article is no subject; a second "and that" clause of an
     * allegation is alleged; deflecting attacks is no attack; a trip at home is no visit; a sayer past its
     * relative clause still says; a courtesy call received is the visitor's; an appeal's target is who is asked,
     * not who is to be helped; pushing, trying or striving to act announces an intent; a place after a
     * preposition and a word that places it ("in southern Lebanon") is no subject; visiting a border is no visit
     * to a state; the forces' aircraft of a reported clause act for the story's state, not the one who reports
     * them; an -ing clause that opens the sentence has the main clause's subject; speaking of strong ties
     * praises the partner; blocking efforts by a body vetoes them; fighting between the army and a group is the
     * state's fight with it; in a story on the Koreas "the North" and "the South" are the two states; 0.3.7: a
     * whole sentence quoted after "said that" is the sayer's, a quote after ", warning:" is the sentence's
     * subject's, titles of songs and shows in quote marks are no quotations, "unidentified" goes from a
     * described speaker; a name right after the place an envoy is accredited to is the envoy; a noun given a
     * task ("a prosecutor entrusted to investigate") is the subject of the task; troops that clash have no
     * passive; "X and Y agreed to" is their joint intent, "the two sides" join a joint act, "the Chinese side"
     * is China in a pattern's slot; a ministry by its formal name ("the Ministry of Defence"), a bare one the
     * dateline's when only foreign ones are named in full; a round of talks is the coordinated subjects'
     * meeting; a must quoted after its subject is an appeal; datelines of EFE ("(EFE).-"), national agencies
     * ("Tehran, IRNA --"), Ukrinform ("14.11.2023"), dpa ("Berlin (dpa) -"), ANI ("Riyadh [Saudi Arabia],
     * September 10 (ANI):") and WAM ("14th January, 2025"); a title joined to a capitalised word by a hyphen is
     * a name, "then-" and "ex-" stand apart from the title; business and world leaders speak for no state; a
     * pattern word after an adjective and a marker is a noun; "that year" is the year named last; a description
     * after a participle is the main act's target; warplanes firing missiles attack from the air; reserving the
     * right to respond threatens, answering the latest attack on the threatening state; "the Islamic Republic"
     * is Iran; a relative pronoun after a comma stands for the name before it, an acronym in brackets where its
     * name stands; revoked agreements and troops ordered out withdraw (166); a phrase written as no event wins
     * from its first word; a meeting's purpose is no target; a title noun refers back to who holds the title; an
     * attempt under way is the act; a second "and that" clause keeps its sayer; what a statement issued or a
     * resolution adopted does is its issuer's; a spokesman for a body speaks for it; a rejected claim answers
     * who claimed; a ", where" clause happens in the country before it and its time is its own; drills staged by
     * coordinated states are each one's; an appeal is made when told; a present perfect takes the day it runs
     * since; "earlier in the day"; an initial opens a name, India's External Affairs Minister holds the foreign
     * minister's office, a counterpart's title is the rank before the name, style titles yield to the post, a
     * known name keeps its own country in an apposition; India's Ministry of External Affairs and foreign
     * ministries' seats (Wisma Putra) by name; receiving a visitor hosts him; a surname used as a speaker makes
     * the full name before it a person's; a given name makes a one-word company name a surname; a verb after an
     * apposition is no title, a form of address no role; a capitalised word after "the" begins a longer name
     * than a known one inside it; a mediator's act and the talks it arranges share their noun; a refusal whose
     * owner is named rejects; suspended support stops aid; passives with their agent after "by"; a story filed
     * from two places ("BEIRUT/JERUSALEM"); "it" after a relative clause before "said" is the subject before the
     * clause; a weekday still to come does not date the news); 0.3.8: armed men the story does not name
     * ("gunmen", "Kurdish militants", "pro-Russian separatists", "militant hideouts") are an actor without a
     * country, a named group or a nationality before them acts instead, and fighters killed after a strike are
     * its outcome; a charge after "for" or "of" and an -ing verb ("jailed a man for helping") names no target;
     * words quoted after a verb that characterises them ('accused the party of "playing with fear"') are the
     * subject's quotation; "the Angolan leader" is a person of Angola; a counterpart in apposition is a person of
     * the counterpart's country; a given name that is also a place opens a name after a title ("Defense Minister
     * Wellington Koo") and the place inside a person's name is no mention of it; adverbs that open a sentence
     * ("Abroad,") are no names; a call on someone that asks nothing of them is a courtesy call (040), a visit
     * "here" is to the dateline's country, a welcome ceremony for a guest hosts him, "the two Prime Ministers" and
     * "the two officials" are the pair told before, "who" after a comma is the person before it even after a
     * preposition, a participle whose agent is no actor ("provinces hit by floods") describes its noun; no
     * sentence opens in lower case ("Teodoro Jr." | "on Wednesday hosted" is one); two titles joined by "and" are one
     * person's; tonnes of rice and millions given to help are aid; a second verb after a reported clause, whose
     * subject nothing else gives, is the sayer's; a call to release is an appeal for release (0253); a rejected
     * criticism answers the critic; international NGOs (non-governmental-bodies.txt) act in no event; a time in
     * a clause of its own after the trigger ("since it resumed …", ", noting that …", "for handing over …") and an
     * "earlier" there do not date the trigger; a middle initial goes on to the family name ("George H. W. Bush",
     * "Ferdinand R. Marcos Jr.", whom the world actors know without it) and ends no sentence; AAP and other national
     * agencies print their name where a region would stand ("MELBOURNE, AAP -"); "the two ministers condemned
     * Israel": each of the pair did; a possessor owns its noun past an adjective ("Egypt's categorical rejection
     * of"); a staged patrol shows force, a resumed offensive is force; an outcome names whom an untargeted act of
     * violence by the same source struck ("stormed three villages, killing seven residents"), unnamed fighters'
     * force on people is unconventional violence (180); state nouns are found past an apposition ("Troops of
     * Operation Safe Haven, a joint task force …, engaged"); a show of force is aimed at the country the sentence
     * places it around or off; a body's acronym in brackets stays with its spokesperson's title; the Taiwan Affairs
     * Office, Mainland Affairs Council, the PLA and its theatre commands, QFFD and the tennis tours by name; a name in
     * quote marks before its noun ('"Joint Sword-2024A" exercises') is no quotation; "accused" is a title only as
     * "the accused"; a nationality before a player's, artist's or businessman's title ("the Brazilian striker",
     * "the American 19th seed") names a private person, who codes no event, where a fighter does not; a court
     * ordering a release releases (0841); a reduced passive with a state noun as agent ("nationals detained by
     * police") is the state's; a joint body set up is with the partner told before; a suspect's crime after "in the"
     * names no target; a fighter's word before the verb keeps a nationality's attack unconventional (18); "in
     * August last year" is last year's August; a trigger takes the time of its own clause over one told before its
     * comma, and no time past the comma that closes its relative clause; a nationality before a describing noun
     * ("Swiss great Martina Hingis") or after "the" in an apposition is the person's; a quoted complement after
     * "as" is passed over to the object ('denounced as "illegitimate" the EU's package'); a package or round of
     * sanctions is its possessor's; drones and missiles destroyed or intercepted are force; thanking a country's
     * government or people thanks the country; a meeting held separately with delegations; aid for the people of
     * the dateline's place is not aimed at the donor's own country; Trend's and APA's dateline closes its date
     * with a full stop ("BAKU, Azerbaijan, Oct. 8. The"); a probe slammed into something and a rocket blasting
     * off criticise no one; space and research agencies (type SCIENCE) act in no event; "Shah" is a surname, no
     * title ("Amit Shah"); "the terror group" and "the militia" refer back to an armed group, "the regional bloc" to
     * an IGO; 'The statement added: "…' is the issuer's, and a quote so introduced that runs on into the next
     * paragraph keeps its speaker; fighters whose place is acted on ("the terrorists' location") do not act; ISPR
     * by name; a word in -ings is a noun ("killings", "bombings"), and a reduced passive with an actor after "by"
     * ("killings condemned by the United Nations") is that actor's act; the ECOWAS Commission acts for ECOWAS; a
     * country's name that opens a body's name is part of it and its country ("the Ghana Police Service"); a state
     * noun is found before a time phrase ("Police on Tuesday fired teargas"); a relative clause after the trigger
     * ("the gangs that looted shops last week") keeps its own time; insisting demands only what someone must or
     * should do ("insisting that Israel had not added conditions" demands nothing); 0.3.9: datelines of MAP
     * ("Rabat, 05/11/2024 (MAP) -"), ANSA ("(ANSA) - ROME, OCT 11 -"), Armenpress ("YEREVAN, MARCH 14,
     * ARMENPRESS."), ENA ("May 14/2024"), TAP (date and time first), Ahram Online (a weekday before the date),
     * Interfax-Ukraine and Agenzia Nova, and a web address is no place; a range of years bounds the story by its
     * first, a tenure alone dates it to its latest year; titles that list portfolios with commas and "and", a remit
     * closed by a form of address or a given name, a post before ranks, Kenya's Prime Cabinet Secretary, a
     * monarch's number, a headline spelling without accents, a given name alone, a counterpart in apposition of
     * its nation; an acronym in brackets spells where a body's name starts, "National" may open it, a known
     * ministry named in full keeps its further portfolio, a bare State Department is Washington's, market
     * operators act in no event; a visiting guest visits the dateline's country, as does a visit to "the Kingdom",
     * a guest's own visit after his host's talks, guests received past a place and a time, flights to a state,
     * "arrived here"; a readiness before an act is that act to come; restrictive measures, trade halts and export
     * curbs are sanctions; "called the vote a sham" disapproves; an invitation, an appeal or a demand for what is to
     * come is dated when made; "both ministers" are the last two persons who met; a day told first beats the year of
     * a noun after; what our people must be given is no appeal; a pronoun opening its clause goes on with the
     * subject before; a possessive speaks only as a last resort; partial quotes after another or before ", X told";
     * "the Peruvian foreign minister told", "the head of state said" and "the Dutchman said" are persons; a meeting
     * after the sayer's verb is the sayer's; a subject past a partial quote and past "one of" its apposition; an
     * envoy summoned by a minister; strikes that could come are a threat, force not ruled out too; a threat to
     * respond answers an expulsion or sanctions; a shooting condemned late in the story is the lead's fire;
     * peacekeeping missions act as themselves; leaders met "among them" are each met; a list ends with its "and";
     * meeting the press, reconsidering travel, a defending champion and a capitalised word inside a name code no
     * event, nor does a visit to no state or actor; an appeal told twice with "and" is one; 0.3.10: a title word
     * inside a name the world actors dictionary knows ("Hassan Sheikh Mohamud"); the same act told again in a
     * sentence on people it names no more has the first telling's target; "they" after coordinated sayers is each
     * of them; a state body reporting an arrest without its agent made it, and an arrest told without its agent is
     * the state's where it happened; suspending a partnership reduces relations; a web story without a dateline
     * gives its officials the country it is clearly about, or its national outlet's, and its bare bodies that country; "Kampala." opens a dateline;
     * dotted initials ("D.Amarbayasgalan"), portfolios of unknown words closed by the comma before a name, the
     * title nearest the name, a comma in a headline as "and"; Brussels acting is the EU unless Belgium is named; a
     * body named "of" its country is that country's; coordinated signatories keep what is theirs, envoys summoned
     * to or called in by a ministry, sanctions lists, borders closed and entry barred, aid in millions, mediation
     * between two sides, places taken, an act in a where-clause aimed at that place's state, calls from a capital,
     * the government asked, willingness as intent, a participle's demand after a summons said to the one summoned,
     * a person answering his own state's act when no foreign one is there, the lead's act answered by later
     * reactions; what an accusation alleges, what a signed text is about, a second verb after "and", a welcome as
     * an adjective, "hit back" and "backed down", words of cooperation to one's own nation and a visit to a body at
     * home code no event; "he said" past a quote's sentences, and the demonym of a speaker's title, find the speaker;
     * 0.3.11: the government a pattern's gap skipped ("accused the government of") is the dateline's, else the
     * accuser's own; a reaction to a trip, a demand, an execution or any act ("the move", "Monday's decision"), a
     * reaction told in the passive after the act's noun ("The visit was condemned by") and a protest answer whoever
     * did the act; a warning of what the warner's side or the law will do ("warned that Iran would respond", "that
     * anyone who ... would face the full rigours of the law") is a threat aimed past the warner's own country; a
     * national outlet's unmarked officials and bare bodies take its home when the story names it about as often as
     * any other (not a guest arriving there, nor an envoy); datelines "RAMALLAH, Tuesday, September 10, 2024",
     * "Baghdad-INA" and "STA, 17 July 2025 -" (a national agency with no place gives the story its home), a Canadian
     * Press story's closing "first published" line, and the filing agency dropped from the entities; speaking with,
     * landing in, flying to a capital, recalling an envoy where he serves, closing airspace, taking control, a
     * ceasefire agreed, a partnership signed, a sum pledged, funding paused, dialogue sought and 243 more everyday
     * phrasings; the government a gap skipped ("accused the government of"), "the government of Maduro", a reaction
     * in a relative clause, strikes on places abroad, a team's captain and countries in a game, a clause a
     * conjunction opens with its own subject, a visit to come to no state; given names with marks, apostrophes inside
     * names, a place as a family name after a given name, a capitalised title after "the" as its holder; the longest
     * alternative of a pattern's words; a sentence without a time goes on in the recent day the one before named;
     * 0.3.12: a guest on a visit to a country, in it on a visit, or on a visit whose place goes unsaid (the story's
     * country); due, expected or considering a trip as intent; a response by way of an act ("reacted by summoning");
     * a summons naming no one who summoned (the envoy's post, else the story's country); a denial answering the
     * accusation before it; blame ("said Putin was responsible for"), sanctions ended, a credit facility, threats that
     * one's side will not tolerate something or will meet an act with force; thanks and appeals to "both sides" of
     * the talks or the fighting; what two subjects did jointly, with each other; a group named by its member after
     * "including"; a reaction to a coup, sentence or verdict aimed at the story's state; a passive's agent a few
     * words on; no past time after a present perfect nor "since 2012" dates the act; "on Feb. 14" in one sentence;
     * national outlets' homes (81 more) for their unmarked officials and bare ministries; carriers and boards as
     * bodies, hyphens in a body's name, a sports federation no state; titles before a comma past "Mr" or a body, a
     * remit's last word out of the name, a body's last word no person; a described speaker who is the one person of
     * that title named before, and a spokesperson named by his body's short name;
     * 0.3.13: a line of the outlet and the date as a dateline without a place, an outlet's address before the place,
     * no body opening the lead taken for a place, a web story's date from its lead; an outlet named after its country
     * as its home; a person's country from the body its role names, and from an office the dictionary knows held
     * that year over a dateline's guess; a surname that is a country's name, a dictionary alias, a given and a middle
     * name before a body's name, all read as the person; no names from a title-case headline; an agency's staff
     * lines, a currency's prefix left out; a curfew on its own country, a participle after the sentence's first comma
     * or after "and" on a passive, a state after "with" mediating, rounds of talks, ambassadors withdrawn, guests
     * welcomed or received somewhere by a host, "the two ministers" a host receives, "the delegation" of a country,
     * a body led by someone, a threat aimed at its "if" clause, acts inside an "if" clause none; a welcome of a joint
     * act to each party, two that say they agreed with each other, a ceasefire between two taking effect; no
     * violence in a tone struck, a verbal clash, an accident's toll, counted victims told again; no event done to a
     * sports body, by a coach, a client's lawyer, a judge's reasoning, a state with its own bodies, two of one state
     * travelling together; material cooperation, aid and demands that name no one they are aimed at left out;
     * 0.3.14: the actor after "the" that opens an "if" clause or the clause after a fronted participle.
     * 0.3.15: the comma printed inside quote marks stays in the quote; a web story's untimed events take the weekday
     * its lead names; the full date "on Friday (August 23, 2024)"; one body word closing a longer name with its
     * acronym; "the President" is no President-elect; a possessive in a fronted phrase is its subject's; ending
     * a treaty or pact (166).
     * 0.3.16: no country of the place for officials named at the UN or in Brussels; "Minister of Aviation" is a
     * public office; untargeted condolences and pledges of support are left out; "the Head of State" is first
     * whoever holds that very title; a pronoun in an earlier sentence of a quotation is no antecedent outside it.
     * 0.3.17: a list of signatories signs in pairs though the agreement is named after them; a pair that signs to
     * raise its own relations signs with each other; a place before a court or the police says whose they are.
     * 0.3.18: a body's unnamed spokesperson speaks as the body ("an Athletics Kenya spokesperson"), and "the
     * spokesperson" as the body whose spokesperson was named before, never as the last person named.
     * 0.3.19: "the East African Community" is the bloc, not the paper "The East African" before a longer name;
     * "Leaders of the bloc" act as the bloc.
     * 0.3.20: a Gulf royal is known without the title the dictionary gives him and with his dynasty's name.
     * 0.3.21: a web story whose lead says "yesterday" tells the news of the day before its date.
     * 0.3.22: a state's government is the state (a country entity), not an organisation.
     * 0.3.23: a participle after "before", "after" or "while" shares the main clause's subject ("met Deby before
     * flying on to Ethiopia").
     * 0.3.24 (review): a world actor's royal title is any of roles.tsv's, and at least two words of the name stay
     * ("King Salman" gives no bare "Salman"); one spokesperson check on Role.
     * 0.3.25: a name after a party's possessive is a person of the party's country ("The ANC's Thoko Didiza").
     * 0.3.26: a person released by name (0841), every guest a host receives, a state taken to a court named at
     * length, a reaction to a law aimed at the state that passed it, "the North's" ministry in a Korean story, a
     * region's court of the region's state, lawmakers' titles (MK, a party's MEP), offices named as bodies and regional
     * remits as titles; no fixtures of sports stories, untargeted support, platforms as media, or cabinets of titles.
     * 0.3.27: "the two heads of state" who witnessed or oversaw a signing signed with each other; "the Kingdom" is the
     * story's monarchy; Cambodian forms of address ("Samdech Techo Hun Sen").
     * 0.3.28: a diplomat expelled by name breaks relations (161); an announced withdrawal from a bloc (166); what a
     * signed order or decree does is its signer's act; aid frozen, suspended or paused for someone (162).
     * 0.3.29: "the spokesperson" after "a spokesperson for <body>" speaks as the body; "he said" after a sentence that
     * opened with a quotation goes on with its speaker; chief statisticians.
     * 0.3.30: officials of a story filed at the UN take the country it is clearly about; homes of outlets whose names
     * tell none (outlet-homes.tsv: "The Herald", "New Vision", "NHK World").
     * 0.3.31: calling an act a grave word and its noun ("a shameful moment", "a grave mistake") condemns it; a reaction
     * to "it" or to the object in its own words ("called the resolution ...") answers whoever did the act.
     * 0.3.32: two guests of the story's country who arrive together each visit it, not each other.
     * 0.3.33: an agreement to hand something over to someone is an intent to yield (035); "the final treaty" and other
     * accords named after talks are with the other party of the talks.
     * 0.3.34: dissolving a party bans it (1722); judicial control is an arrest's restriction (173).
     * 0.3.35: "later that day" in a new paragraph is the day the story told last.
     * 0.3.36: "the spokesperson" after "a spokesperson of <body>" or "a Foreign, Commonwealth and Development Office
     * spokesperson" speaks as the body.
     * 0.3.37: a surname shared by a title holder and someone's kin ("President Mnangagwa", "First Lady Auxillia
     * Mnangagwa") names two people.
     * 0.3.38: "of the Islamic Republic of Iran" after a name gives its country; Persian forms of address ("Seyyed").
     * 0.3.39: a condemned arrest is the home state's, also for a party at home; a demolition is the act told before;
     * "the occupation" in a story of Palestine is Israel.
     * 0.3.40: a reaction to "it" is never aimed at the reacting person's own state ("Kremlin spokesman Dmitry Peskov
     * called it a shameful moment").
     * 0.3.41: named agreements of many words are signed ("a Strategic Mutual Defence Agreement"); a request for a
     * body's meeting appeals to it; a treaty put in abeyance or declared abrogated reduces relations; a warrant handed
     * over is an arrest; a call to a person on a named day is a telephone call, and an actor after a preposition is no
     * verb's object; a verb with an object after a passive is active; a meeting with another person of the same state
     * is another meeting; a person's gender from the possessives of their own sentence; a party's organs are the
     * party, and its members its country's; "a plan to" speaks of no future.
     * 0.3.42: a person named bare who accuses or criticises a state or an official acts politically; shadow ministers'
     * demonyms; appositions whose title has modifiers ("the shadow security minister and a candidate for ..."); a
     * national paper's officials are its home's where the story names it.
     * 0.3.43: "they", "the two leaders" and "both leaders" refer back to the coordinated subjects told last, also as a
     * passive's patients ("the two leaders were received in Cairo by Sisi"); "the 62-year-old" stands for the person
     * told before; a meeting's place may stand before its partner; "called X to offer his support" is a call.
     * 0.3.44: "X and his Angolan counterpart, Y," is a coordinated subject; "the ministers" or "the delegations"
     * opening a clause after talks are the two who held them.
     * 0.3.45: money given to someone ("gave a further US$100 million to Haiti") and an aid package handed over are aid.
     * 0.3.46: a date between a possessor and its act keeps the possessor the source ("Israel's September 9 strike").
     * 0.3.47: an arrest told as a noun is the act of the state where it happened ("the arrest in France of an
     * Algerian consular agent"); a second verb after a relative clause on the first verb's object keeps the first
     * verb's subject ("chaired the meeting, which lasted two hours, and urged").
     * 0.3.48: "both prime ministers" as an object are the coordinated subjects told last.
     * 0.3.49: a pair noun as an object after a group of three or more, with no talks told before, refers to no one
     * (0.3.48 failed such an article with a NullPointerException; found in the review).
     * 0.3.50: a noun that "a" and a name open ("An Israeli air strike"), a noun after a determiner and an adjectival
     * participle are dropped before a sentence's matches are chosen, so they hide no verb after them; an attack named
     * as the subject and its violent verb are one act; "destroyed Iran's building" is force; an ordinal apposition (",
     * the first attack since") is a noun; the gathering after "the sidelines of" is no party; two persons of a first
     * act are the pair "the two leaders" refers to; reactions to a call or a suspension, and "attacked the agreement"
     * as criticism; a time inside a "since" clause is that clause's; untargeted passive obligations only from
     * intergovernmental speakers; a body of no state travelling in the story's country visits no one; football clubs.
     * 0.3.51: a demonym or a city opening a body's name is part of it ("the Nigerian Bar Association"); a weekday in
     * a clause of the future, however long, dates no story; a frontier reopened or closed.
     * 0.3.52: a web page's home act ("condemned the coup") is done in the country the page names most; an act told
     * before and judged ("described the invasion as a crime", "called the detention a coup") is criticism of its
     * doer; a second verb of a relative clause has the antecedent as subject; two leaders' meeting and their states'
     * teams' meeting are two.
     * 0.3.53: "summoned its ambassador" is the envoy of the state the clause named; an office only one state has
     * (title-countries.tsv) gives its holder that state; a country printed after the dateline's place is where it
     * lies; "Muhammad Nawaz Sharif" is the dictionary's "Nawaz Sharif"; The Hague and Geneva seat world bodies.
     * 0.3.54: "It" opening a sentence with its verb continues the body or state that opened the one before; a
     * deportation, a repression or a mobilisation condemned is its doer's act, and a ruling criticised may answer a
     * court's sentence (11).
     * 0.3.55 (review): a phrase written as no event ("a Russian attack drone") is never dropped as a noun before the
     * choice of matches, so it keeps blocking; the subject-attack merge checks that each event has its match.
     * 0.3.56: SPA's Hijri date before the Gregorian one, and Dawn's closing "Published in Dawn, May 10th, 2023", date
     * a story; "condemned what she called Russia's actions" condemns Russia, and the quoted noun of 'what he called a
     * "cowardly" attack' is no act of his; the victim after "the attacks on" is not who is condemned; a past verb of a
     * series after a comma shares the subject; a meeting, a call or a negotiation with no one named is no event;
     * "meet the costs" is no meeting; "Dar es Salaam." is a dateline; "The leader of the X (ACR), Nnamdi Kanu," names a
     * person; "re-arrested" is arrested, and "was first arrested" a passive; a toll "killed when a building collapsed"
     * is an accident's; a charge is an accusation of a crime (1121), an indictment a case (115), and both, like an
     * arrest, are the state's where they happen; "ordered UN officials to leave the country" expels them (166); a
     * bureau's dateline whose country the story never names is no home of its bare bodies; a call made to congratulate
     * is a call and praise; recognising a state (054); attending a body's meeting (042); a word of a name before a
     * world body's short name makes another body ("the Collective Security Council"); the sayer of "and said it had"
     * is found past a few quoted words and the first verb's object; 'calling Algeria's move "unjustified"' and
     * 'called it "a shameful decision"' are criticism; "the Kingdom of Morocco" is Morocco; a tariff announced on a
     * state's goods (163); "attacked the resolution" and "called the agreement unconstitutional" are criticism; "the
     * move", "the decision", "the step" condemned is an act, never a statement, an appeal, a demand or a threat; the
     * partner named before the second name's title ("X and the Taliban's political chief, Y, signed") is its pair;
     * a foreign appeal "to all sides" is made to the story's country; "had spoken to both leaders by phone" and "held
     * separate meetings with the two leaders" reach each of the pair; an HTML tag left in a text is blanked for
     * matching; Reuters' long bracketed credits and AP's "Associated Press writer X contributed" close no story with
     * persons.
     * 0.3.57: Civil.ge's "Civil Georgia, Tbilisi / 30 May.'17 / 22:10" dates and places a story; a warplane, a bomber or
     * a fighter shot down is an attack on the state it flies for; a quote that opens inside an act's words closes after
     * them ('warned of "serious consequences" for Turkey'), and "the warner's relations with X" aim at X; "the federal
     * government" is the state as "the government" is; an offer declined is a rejection of who offered it, and an
     * offer "from X to help" is X's; apologies offered or conveyed are an apology; envoys recalled from several
     * capitals reduce relations with each; "that charge" rejected answers who made it; a second verb of another kind
     * in the same root is another act ("declared a state of emergency and imposed a curfew"); a time after "since"
     * never dates the act it stands before; "Nato", "Opec", "Unicef" name their bodies as NATO, OPEC, UNICEF do; a
     * company's "Corp." keeps its full stop, and "AG", "OJSC" close a company's name; Pakistan's tribal agencies
     * ("Mohmand Agency") are places; aid announced "in humanitarian aid for Syrians" is a pledge to Syria; the
     * accuser's own side named in the charge ("of meddling in Russia's affairs") is its victim, not the accused;
     * setting foot in a country is a visit; a resignation demanded, promised or refused is no resignation; an
     * agreement signed, sanctions and an accusation with no one named are no event; where a guest came from ("arrived
     * in Cairo from the United Arab Emirates") and who came along ("with first lady Jill Biden") are no host; "met the
     * national interests" is no meeting; "arrest" and "detain" in their bare form code only with whom they hold
     * ("requested house arrest" is none); "a spokesperson for the Department of Foreign Affairs and Trade" speaks for
     * the body the words after "for the" name, however long the name, where the story knows no such body; a capital's
     * name in a story that names another country with a place of that name and never the capital's own is that place
     * ("Victoria" of Australia, not the Seychelles' capital); a reaction to "the ruling" in a story of the ICJ or the
     * ICC answers the court; "It" opening a sentence continues no name that stood in what the sentence before said
     * ("The commission said the U.S. tariffs ... It urged"); a known kind of body after "the" and a place the gazetteer
     * knows as a place is that place's own body ("the Gwadar Port Authority", "the Istanbul Governor's Office"), not
     * the state's.
     * 0.3.58: a cut in relations told with a plain "will" or "would" and no condition is decided, not threatened, and
     * dated when it was decided ("Poland will close the crossing from Friday"); citizens given days to leave or
     * ordered out are expelled, and an envoy asked or told to leave is one expelled; "notified Israel of its decision
     * to terminate the annexes" ends an accord with Israel, and a treaty suspended is ended; a ceasefire signed by two
     * sides is each side's, and a handshake is a meeting; "the two leaders" with no act told of a pair are the last
     * two leaders of two states named; a tariff of some percent imposed on a state's goods and an order "targeting"
     * its officials are sanctions; a commitment or pledge to act is an intent; a volcanic alert is no military alert,
     * fans in the streets are no protest, welcoming visitors and visiting shops are no acts between actors, "two
     * months' jail" is the sentence and no second act, and fighting "alongside" an army is no attack on it; a club's
     * president and a motor company act for no state; "thanked China for its support" holds no second act of
     * support; a leader's praise that lands on his own state is no event ("welcomed the decision as recognition of
     * Romania's efforts"), unless the state is whom he praised; the White House, the Pentagon and Cheong Wa Dae are
     * bodies acting for their states; a body's remit after "for" or "of" is part of its name ("the International
     * Support Group for Lebanon", "the Coordinating Committee for Prediction of Volcanic Eruption"); a spokesperson
     * for the body described ("for the movement", "for the power distributor EDES") speaks for the body named; the
     * first listed of a group a demonym names ("seven Russian officials, among them ...") is of its country, and the
     * spokespeople of the State Department, the White House, the Pentagon and the Kremlin are of their states.
     * 0.3.59: a region's office before a name is of the region's state ("Gujarat's Chief Minister Vijay Rupani").
     * 0.3.60: a reaction to an act told but not coded is aimed at its doer ("Museveni signed the bill ... Carney
     * condemned the signing"); a bomb tested is a show of force; a time given to ratify is no act; "Norway's Fisheries
     * Minister" keeps the portfolio and Norway; a rejection of no one named is dropped unless a vote at home is
     * rejected; a name in apposition inside a relative clause leaves the subject before it; "an air force
     * spokesperson" speaks for the air force named before; no one meets or signs with his own state, and a meeting in
     * a phrase after a reported clause is the sayer's; a state's spy agency acts for it; a journey to come past an
     * adverb, a light verb or a participle is an intent; a word told twice in one sentence is one event; people
     * crossing a border, measures and an accident's vehicle hitting are no attack; a participle after an act named in
     * the object shares the main clause's subject; what a named actor must do is demanded of it (100), what it should
     * do is an appeal.
     * 0.3.61: a district in brackets after a dateline's place is no agency ("Dera Baba Nanak (Gurdaspur), Nov 9
     * (PTI)"); "former US intelligence contractor" keeps "US" in the title, and "deputy speaker of the Armenian
     * parliament" is Armenia's; a plural possessive inside a body's name keeps it whole ("Transport Salaried Staffs'
     * Association"); a titled companion at a ceremony is no host; a place after the part of it struck ("the center of
     * Sumy") is its country's; an inquiry into an accident is no one's act; a post in apposition after a form of
     * address is the role ("Mr Kojo Oppong Nkrumah, the Minister of Information,"); a place's kind ends no name
     * ("Bundibugyo District") and a comma without "and" after it closes a place before a title ("in Pasay City,
     * Foreign Affairs Secretary"); "Tan Sri" is an honorific, "Skipper" a title, and "Union" before titles no body;
     * a harsh word quoted after "calling" is criticism, aimed at the doer of the act it names; two leaders praise a
     * third rather than each other, and two named officials of one body each criticise; "the junta" is the state the
     * story named with its junta; a time given to act is an ultimatum, and halted transactions an embargo; a state's
     * strikes in another state, and a missile fired at one, are aimed at it; an operation is an act of force; an
     * object pronoun is not its own clause's subject ("Munir called on him"); the foreign guests a story lists at a
     * gathering in its country ("Among the participants were ...", "Turkey was represented by ...") visit the host;
     * "his country" acting is the state of the man named before; a sum given to someone is aid, an issue raised with
     * someone a discussion, and territory not lent for attacks an assurance; "the justices" are the court named
     * before; the Palestinian Authority and China's Central Commission for Foreign Affairs are known bodies; a
     * building named "House" ("Trinity House") is no House of Representatives; "later" between a relative clause
     * and its verb keeps the subject before the clause; a group described by whom it opposes does no act; flights
     * stopped and entities put on a list are sanctions, diplomatic ties downgraded a cut, rescuers sent aid, a joint
     * statement signed an agreement, and a demand that a leader resign a demand for a change in leadership.
     * 0.3.62: datelines with a web outlet's address in brackets ("(bdnews24.com)"), a place joined by a particle
     * ("Rio de Janeiro –"), "ASTANA. KAZINFORM -", and below a standfirst line (read as a subtitle); a day followed by
     * "last year" is that year's, and a "since" clause with its own subject keeps its own time; portfolios listed
     * with "and" or followed by "of <state>" end before the name; hotels, palaces and stadiums end no person's name;
     * a role noun's apposed name may carry a title; a national paper's bare "the Government" is its home's; a bare
     * body is the state of the persons it titles; a city and a body word ("Istanbul University"), a body word and
     * its remit ("Institute for Fiscal Studies") and a House of other words are organisations, "The" after a quote
     * mark opens none; the one whose spokesman speaks, and the subject of the next sentence after a closed quote, are
     * no speaker; a judgement passed in reported words ("said Washington's move was unacceptable") is criticism of
     * the actor named; a court throwing out a challenge rejects who brought it, advice is an appeal, captured
     * servicemen handed back are freed, states joining others in cutting ties cut them, leaving a bloc breaks with
     * it, forces pledged to a mission are an intent to protect, a pair holding a meeting meets, a cancelled trip and
     * a group designated a terrorist organisation are a cut and a ban, fire opened on one's own people is
     * repression; a network where something was said and a place named by a state's adjective are no targets; a
     * sporting win hailed, an accident investigated, "hails from" and "demonstrated through its actions" are no acts;
     * "was also welcomed by" is praise, of the court when a court's ruling is what was welcomed.
     * 0.3.63: datelines with a dash joined to the place ("ALGIERS-"), an outlet named as an agency ("AKIpress News
     * Agency -"), a place line with its country ("BOLU, Türkiye"), AZERTAC's slash, and a place in ordinary case
     * before a colon where the gazetteer knows it ("Dubai:"); a bare body named before a foreign body's full name is
     * the dateline state's; a national outlet's story filed abroad about its own country names its own officials; a
     * role "of the China Coast Guard" is of China; "the States" names no state; a clause after a comma is no
     * apposition, a ranked noun with a demonym ("the top Russian diplomat") is the person told before, and the
     * subject after a fronted participle clause speaks; a private person phoned is no talks, withdrawing from a
     * contest no retreat, steps that threaten a process no threat, warships sent to encircle an island no aid;
     * expulsions announced, ordered or of the same number, closed consulates and withdrawn accreditation break
     * relations, as do states that follow suit; a list of modifiers and a bracketed acronym stay inside a pattern;
     * sanctions lifted or revoked ease them; airspace and links closed are sanctions; troops pledged with no one
     * named go to the story's country, each giver's own pledge; a denier who goes on to accuse is the accuser; who
     * claimed an attack is whom its condemnation aims, also a state's own group; a pair received is each received;
     * an act called a kidnapping or an unfriendly step, said to be a provocation, regretted or found troubling is
     * disapproved.
     * 0.3.64: a name is one word of a pattern's gap however long, set off by commas or with a nickname in quotes, and
     * a passive's "by" opens no gap; a capital before an office is the office's city ("London Mayor Sadiq Khan"); "its
     * ambassador" is the envoy of the state that opens the clause, an envoy "of" a state before the comma is that
     * state's; unknown words an acronym of their initials follows name a body; Kyodo's dateline without brackets
     * and "NUR-SULTAN. KAZINFORM"; "he said" after a fronted phrase goes on with its subject; an envoy summoned as
     * "her" is summoned; "the two countries" before any pair is told are the last two states named; protests drawn
     * from several states are each one's, and criticism drawn in a participle clause aims at the main subject;
     * information received from a state is its sharing; aircraft firing on a target strike it; a second demand is
     * made of whom the first charge was; a demand to remove sanctions imposed on a state is made of who imposed
     * them; those a demand is made for, a partner fighting alongside, and who came along on a visit are no
     * targets; standing with a state backs it; ships sent into its waters show force; a bare title's word
     * ("demanded justice"), a compatriot summoned, hours given an envoy told before, an intent to work with a
     * university, one player's act on another and a grand slam are no events.
     * 0.3.65: a Romance family name keeps its elided particle ("Miguel d'Escoto"); "Secretary-General" and
     * "Director-General" are one word; an international body's officer in apposition holds the post with the body and
     * no country of the story; a body, police or protesters named right after the place a sentence opens with are that
     * place's state's ("In Beijing, the Foreign Ministry", "In Seoul, police"); a national outlet's story filed abroad
     * that names its own state's office-holder by title (by surname alone: "President Duterte") names its own
     * officials; Al-Nusra Front; an IGO acts whatever the words of its name; a reaction to a named act answers the
     * earlier act whose own words hold the noun ("called the test"), a rejection or disapproval of an act named without
     * its doer the act told before, and a decision is no use of force; endorsing measures told before endorses who
     * took them; regret for an incident is an apology to where it happened; a demand's content, an undertaking kept or
     * broken, a wish of what a state should be and the verbs of a relative clause are no acts of the main subject; a
     * participle after an apposed name or the opening subject is that name's act; the object of a speech verb is not
     * its subject; a ship flagged by a state is that state's; trade and exchanges cut, kinds of cooperation
     * suspended, ties ended, dialogue channels cut, funding approved, pressure refused, involvement rejected, an act
     * protested, a conversation held, an army pouring in and a fast unto death are coded.
     * 0.3.66: a body's acronym the sentence goes on after ("Internal Security Service (KAPO) officer") is no dateline,
     * and an agency may close the dateline with a colon ("YEREVAN, OCTOBER 11, ARMENPRESS:"); "this evening",
     * "tonight" and "last night" date an act; an official named right after the place a sentence opens with is that
     * place's state's, unless it is an international body's seat; members of one government meeting is no event; an
     * offer to mediate is 039; a High Commissioner is an envoy; ties are never cut with one's own state, and an embassy
     * closed is closed with the state it stands in; a meeting's country after "in" is its venue; a protest lodged
     * during talks is lodged with the other party, and an apology for one's own side's wrong is made to those it
     * wronged; a cut in ties joined by "and" to an act on a state is aimed at it; a past perfect a speaker reports is
     * that day's news; a time after a participle with its own agent is the participle's; "during which he" is the
     * sentence's subject; envoys pulled out, calls with a time between, meetings asked of a body, barrages, rammed
     * ships, notes of protest, contact kept up, work continued, talks facilitated, relations broken, supplies
     * suspended, captives handed over, journeys for talks and memberships approved, in the words wire copy uses.
     * 0.3.67: an envoy posted to the story's country takes none of its own from there ("Ambassador Yuli Vorontsov in
     * Washington" in a story from Washington).
     * 0.3.68: a title in the plural before the names it belongs to ("Croatian Generals Ante Gotovina and Mladen
     * Markač"); the UN's criminal tribunals as international bodies, and a sentence in a story about one as that
     * court's; datelines joined to the lead by two hyphens ("BEIJING--"), closed by a colon after the year, or with a
     * channel's number in the agency; a meeting fronted before its subject ("Last Friday, after talks with Merkel,
     * Medvedev said") and the time that opens such a sentence; a participle after coordinated subjects as each one's
     * act; the members of a body acting for it ("the rebels of the March 23 Movement"); no date from an organisation's
     * name; what an appeal asks of others, or a permission lets them do, as no act of the asker; a progressive verb
     * read as no passive; the subject of a relative clause after a state noun as no target; a people ordered out, an
     * act before "and" giving its target to a cut in ties after it, a leader's appeal to his own people as no act; a
     * sports body's officer as no political actor; the Gulf's ruling families, a Burmese honorific, a relative clause
     * naming whose body a person heads and a royal the dictionary knows as a person's country.
     * 0.3.69: a word the element after a pattern's gap asks for is no longer skipped before the gap ("gave a further
     * US$100 million to Haiti", "would take "further actions"" had matched no row or a shorter one).
     * 0.3.70: a state's forces capturing a person arrest him (173, not 192), seized sailors and crews are detained;
     * an ambassador "called home" is recalled from where he served; force told against no one is aimed at the side
     * the story's hostile acts set the attacker against ({@code ViolenceCounterparts}); a party of a country the
     * story never names is placed nowhere, and its acronym is not read as that party ("MAS" in Singapore); datelines
     * with the outlet after the year ("DUSHANBE, September 29, 2015, Asia-Plus --"), the date in brackets
     * ("KHARTOUM (3 June 2019) –"), a web address and a slash ("Baku. 5 April. REPORT.AZ/") and a dash set right
     * after the day ("SANA'A, Nov. 23—President").
     * 0.3.71: a headline names a party as the body placed it; a party's short name in a story that never names its
     * country is a body of its own ("DPP" in Suva); "Islamic" opens a body's name ("the Islamic Revival Party").
     * 0.3.72: a body named after a state's possessive is that state's ("Russia's National Guard Service"); a command
     * and a syndicate are bodies ("North Korea's Supreme Command", "the Iraqi Journalists Syndicate"), and a command
     * captured is ground whose state the place tells.
     * 0.3.73: a name a story's acronym spelt ("the Botswana Democratic Party (BDP)") is that body wherever it and its
     * acronym are written, over another state's party or an agency the dictionary knows by those words (the state its
     * name opens with still named there); a place or a body read inside a person's name is dropped ("Duma Boko"); a
     * surname the story uses alone again and again makes the full name given once a person's ("Dzhokhar Tsarnaev");
     * the Arabic article stays joined to the name after its hyphen ("Al-Sabah"), and a name goes on past the part the
     * world actors know; a mission is a body; a visit of someone to a place is his visit; praise or disapproval of a
     * step no told act names is aimed at the story's state; a call for a detainee's release is aimed at whoever the
     * story says holds him ({@code ReleaseHolders}); a one-word place after given names is a family name ("José
     * Ernesto Medellín"); "Cllr." is an honorific and a document's word ("the General Agreement on Tariffs and Trade")
     * no name.
     * 0.3.74: a quote's speaker after an apposition is the person it gives for a possessor's title ("Guyana's Agent
     * before the court, former Foreign Affairs Minister Carl Greenidge, described"), after ", telling the audience:"
     * the clause's subject, and past an apposition of up to 24 words still the name before it; a one-word place that
     * speaks is the surname of a person named before ("Medina said"); a title noun after its clause's verb is not the
     * clause's subject ("Buhari congratulated the President-elect"); a Mongolian initial of two letters is left out of
     * the name ("Ts.Elbegdorj"); "was yesterday sentenced" is a passive; "the following month", "two years later"
     * count from the time the sentence named before. A title's holder named in apposition after "The flagbearer of
     * the NPP," speaks; a quote's verb after ", while" or after a fronted phrase ("In a statement by his aide, X, the
     * President said:") is its own clause's subject's, and a title right before a verb of saying is no apposition of
     * the name before it; a participle opening a sentence ("Reacting,") is no name; a remit after "on" ends at the
     * comma of the name ("Senior Special Assistant on Media and Publicity, Garba Shehu,"); "writing" reports words;
     * a city paper's home is its city's country ("The Nassau Guardian"); who a meeting is held under the auspices of
     * is no party to it; "a carrier strike group" strikes no one; a capitalised title's possessor ("the High
     * Representative's decision") is the person the story gave that title.
     * 0.3.75: South Asian datelines ("Sriharikota, DHNS:", "New Delhi :", "Panchkula, August 25" alone on its line, an
     * unlisted town in capitals, "MINGORA:"), and the outlet's own name where a place would stand places nothing
     * ("HAVANA TIMES –"); a country's or capital's name that is a given name opens a person's name before an unknown
     * surname ("Jordan Norwood", "Victoria Beckham"); an aged apposition ("Malala Yousafzai, the 15-year-old") and a
     * "who" clause after a quote's comma make persons; a name apposed to a possessor's title speaks and carries the
     * next pronoun ("Her counterpart, Arun Jaitley, called", "Ruszczyk's fiancé, Don Damond, ... he said"); a fronted
     * clause of time's pronoun is the name after its comma ("Before he was taken away, X recorded"); "the retired
     * general" is the person named before; a quote inside a possessor's words ("Trump's warning that ... "fire and
     * fury"") is his; a web story's home is its outlet's (944 more national outlets) or its address's country code,
     * and a bare "director" holds no public office; a body's noun takes a body a quotation named; "the company" is a
     * known company; "criticized his predecessor, X," aims at X; a second title between commas and a title before a
     * form of address stand between a title and its holder ("The Prime Minister, Head of Government, Chief Dr X").
     * 0.3.76: a dateline of two towns of one country lies there ("Mumbai/Pune"); a one-word title that is a given name
     * inside a name is the name's ("Mohammed Ajmal Amir Kasab"), "Senior General" a rank; a given name before a
     * one-word place is a person where a description follows ("Charles Santiago, a Malaysian MP"); plural body words
     * end a body's name; capitalised words going on into a law's or a place's head name no person ("Robert Mugabe
     * Square", "Sheikh Zayed Grand Mosque", "Zayed Sports City"); title-case acronyms of space agencies, armed groups, parties and security services ("Nasa", "Isro");
     * police forces by their own names (RCMP, Gardaí); a building's name before an attack noun is no attacker ("the
     * 2001 Parliament attack"); a reaction to a coercion of someone ("condemned the detention of Mr Gershkovich") is
     * aimed at its doer, and "seized by its forces" is the state named last before; a two-word state noun or
     * "lawmakers" as an object is the story's state; a web story's bare ministry named before a foreign one is its
     * home state's; a city before a journalist's title is where he is posted; all but the last word of a known name
     * is that person ("Hassan Sheikh").
     */
    private static final String ENGINE_VERSION = "0.3.76";
    private static final AnalysedArticle.Extractor EXTRACTOR = new AnalysedArticle.Extractor("newsflow-engine",
            ENGINE_VERSION + "+" + DictionaryFingerprint.compute());

    private final SentenceSplitter splitter;
    private final Gazetteer gazetteer;
    private final EntityRecogniser recogniser;
    private final BareOrganisations bareOrganisations;
    private final CorefResolver coref;
    private final KnownActors knownActors;
    private final LocalOfficials localOfficials;
    private final QuoteFinder quoteFinder;
    private final EventExtractor events;
    private final ToneScorer tone;
    private final DictionaryIndex index;
    /** Auxiliaries of a perfect, a present, a future or a modal: a sentence with one does not go on in an earlier time. */
    private static final Set<String> NOT_SIMPLE_PAST = Set.of("has", "have", "'ve", "will", "would", "'ll", "is",
            "are", "am", "shall", "can", "may", "must");

    private NewsflowEngine(Dictionaries dictionaries, SentenceSplitter splitter) {
        DictionaryIndex index = new DictionaryIndex(dictionaries);
        this.index = index;
        this.splitter = splitter;
        this.gazetteer = new Gazetteer(dictionaries);
        this.recogniser = new EntityRecogniser(gazetteer, index);
        this.bareOrganisations = new BareOrganisations(index);
        this.coref = new CorefResolver(index);
        this.quoteFinder = new QuoteFinder(index);
        this.knownActors = new KnownActors(index);
        this.localOfficials = new LocalOfficials(index);
        this.events = new EventExtractor(index, new Lemmatiser(dictionaries.irregularVerbs()));
        this.tone = new ToneScorer(dictionaries.toneLexicon());
    }

    /** Loads models and dictionaries once; the returned engine is shared by all threads. */
    public static NewsflowEngine load() {
        return new NewsflowEngine(Dictionaries.load(), SentenceSplitter.load());
    }

    @Override
    public AnalysedArticle analyse(RawArticle article) {
        return analyse(article, Deadline.NONE);
    }

    @Override
    public AnalysedArticle analyse(RawArticle article, Deadline deadline) {
        String text = article.text() == null ? "" : article.text();
        String matchable = TextNormaliser.forMatching(text);
        FirstPublishedLine firstPublished = FirstPublishedLine.of(matchable); // read before SignOffs blanks it
        String normalised = SignOffs.blanked(matchable);
        ParsedDateline dateline = DatelineParser.parse(normalised);
        if (dateline == null) {
            dateline = DatelineParser.colonPlace(normalised); // "Dubai: The UAE has", kept below if a known place
        }
        dateline = withoutOutletAsPlace(dateline, article.source());
        String datelineCountry = datelineCountry(dateline);
        if (dateline != null && onlyAWordBeforeAColon(dateline, normalised) && datelineCountry == null
                && !unknownPlaceInCapitals(dateline)) {
            dateline = null; // "NATO: allies agree" opens with a name, not a place, where "ISLAMABAD:" is a dateline
        }
        int bodyStart = dateline == null ? 0 : dateline.end();
        List<Sentence> sentences = splitter.split(normalised, bodyStart, deadline);

        // officials named at the UN or at an international body's seat come from everywhere
        String officialsHome = dateline != null && dateline.city() != null
                && index.isIgoSeat(dateline.city().toLowerCase(Locale.ROOT)) ? null : datelineCountry;
        String standfirst = dateline == null ? null : PrintedDateline.standfirst(normalised);
        EntityTable table = recognise(article, text, sentences, standfirst, officialsHome, datelineCountry, deadline);
        String publisherHome = localOfficials.outletCountry(article.source(), article.url());
        String outletHome = officialsHome == null ? null : publisherHome;
        if (outletHome != null && !outletHome.equals(officialsHome)
                && (awayFromHome(table.countryMentionCounts(), outletHome, officialsHome)
                        // "BEIJING – President Duterte yesterday declared" in a Manila paper: its leader abroad
                        || !worldWire(article.source())
                                && knownActors.namesOfficeHolderOf(table, outletHome, officialsHome))) {
            // "TOKYO - After 97 years of waiting, the Philippines finally has its Olympic gold" in a Manila paper:
            // a national outlet's story filed abroad about its own country names its own officials without theirs
            officialsHome = outletHome;
            table = recognise(article, text, sentences, standfirst, officialsHome, datelineCountry, deadline);
        }
        // a bureau's dateline ("NAIROBI, Kenya (AP) - Ethiopia's government ordered") whose country the story never
        // names is no home of its bare bodies: "the foreign ministry" is the state the story is about
        Map<String, Integer> namedCountries = table.countryMentionCounts();
        String mostNamed = datelineCountry != null && !namedCountries.containsKey(datelineCountry)
                ? mostNamedCountry(namedCountries) : null;
        String bodiesHome = mostNamed != null ? mostNamed : datelineCountry;
        bareOrganisations.resolve(table, bodiesHome,
                dateline == null ? localOfficials.bareBodiesHome(table, publisherHome) : null, deadline);
        PossessiveGenders.learn(sentences, table);
        coref.resolve(sentences, table, deadline);
        bareOrganisations.governmentsAsStates(table);
        // Who the story names with which title bounds its year; the date then chooses among holders of a title.
        Instant arrival = article.receivedAt() == null ? Instant.now() : article.receivedAt();
        YearRange tenure = knownActors.tenure(table, arrival.atZone(ZoneOffset.UTC).getYear());
        // a Canadian Press story dates itself in its closing line, as a web page does with its publishedAt
        Instant published = article.publishedAt() != null || firstPublished == null ? article.publishedAt()
                : firstPublished.date().atStartOfDay(ZoneOffset.UTC).toInstant();
        ArticleDate articleDate = ArticleDating.date(dateline, normalised, published, arrival, tenure);
        knownActors.completeCountries(table, articleDate.date().getYear());
        if (dateline != null && datelineCountry == null) {
            localOfficials.complete(table,
                    dateline.agency() != null ? localOfficials.agencyCountry(dateline.agency()) : publisherHome);
        } else if (dateline == null || officialsHome == null) {
            // a web story, or one filed at an international body's seat ("UNITED NATIONS ... Foreign Minister
            // Abdoulaye Diop told the council" of Mali): only a clear guess
            localOfficials.completeWithoutDateline(table, sentences, publisherHome);
        }
        List<FoundQuote> quotes = quoteFinder.find(text, normalised, bodyStart, sentences, table, deadline);

        String articleId = article.id();
        // An event with no time expression of its own happened on the story's day (issue 13 point 7); where that
        // day only stands in for an unknown one (the arrival), the month is as far as the story can be trusted.
        LocalDate newsDay = ArticleDating.newsDay(dateline, normalised,
                published == null ? null : published.atZone(ZoneOffset.UTC).toLocalDate());
        TimePoint defaultDate = newsDay != null ? new TimePoint(newsDay, DatePrecision.DAY)
                : new TimePoint(articleDate.date(), articleDate.dayKnown() ? DatePrecision.DAY : DatePrecision.MONTH);
        EventExtractor.ArticleContext ctx = new EventExtractor.ArticleContext(article, articleId, text, table, quotes,
                defaultDate, storyCountry(dateline, datelineCountry), new BilateralPair());
        List<NewsEvent> found = new ArrayList<>();
        NewsEvent.Actor home = storyState(ctx.storyCountry());
        // a web page has no home of its own, but what is done at home there ("ECOWAS condemned Sunday's coup") is done
        // in the country the page names most
        NewsEvent.Actor reactionHome = home != null ? home : storyState(mostNamedCountry(table.countryMentionCounts()));
        NewsEvent.Actor court = ReactionTargets.courtNamedIn(table);
        ActDoers doers = new ActDoers(sentences, table);
        Integer anchorYear = null;
        // the last day the paragraph named: "the same day", "a day earlier" in a later sentence count from it
        LocalDate paragraphDay = null;
        // the last day the story named, in any paragraph: "later that day" of a new paragraph counts from it
        LocalDate toldDay = null;
        // the earlier time the sentence before told of ("In December 2024, the EU approved ..."), which the next
        // sentence without a time of its own goes on in ("China protested against the measure")
        TimePoint toldBefore = null;
        int paragraph = -1;
        for (Sentence s : sentences) {
            deadline.check();
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                paragraphDay = null;
                toldBefore = null;
            }
            List<TimeMention> times = TimeExpressions.find(normalised, s.start(), s.end(), articleDate.date(), anchorYear,
                    paragraphDay, toldDay);
            EventExtractor.ArticleContext sentenceCtx = toldBefore != null && times.isEmpty() && simplePastReport(s)
                    ? ctx.withDefaultDate(toldBefore) : ctx;
            found.addAll(events.extract(s, times, sentenceCtx, deadline));
            toldBefore = times.isEmpty() ? null : earlierPeriod(normalised, times, articleDate.date());
            EventTimeFollowUp.apply(s, times, found);
            ParallelTargets.apply(s, found);
            CoordinatedActs.apply(s, found);
            ReactionTargets.apply(s, found, reactionHome, court, doers);
            FollowedSuit.apply(text, s, found, table);
            for (TimeMention t : times) {
                if (t.point().precision() != DatePrecision.DAY || t.point().date().getYear() != articleDate.date().getYear()) {
                    anchorYear = t.point().date().getYear();
                }
                if (t.point().precision() == DatePrecision.DAY) {
                    paragraphDay = t.point().date();
                    toldDay = paragraphDay;
                }
            }
        }
        // The arrival only stands in for an unknown day: the dateline then has no date, so that consumers (and
        // query-service's news date) fall back to the time received and say so, instead of reading a guess as printed.
        boolean dated = articleDate.dayKnown();
        AnalysedArticle.Dateline outDateline = new AnalysedArticle.Dateline(dateline == null ? null : dateline.place(),
                datelineCountry, dateline != null && dateline.agency() != null ? dateline.agency()
                        : firstPublished != null && firstPublished.agency() != null ? firstPublished.agency()
                        : article.source(),
                dated ? articleDate.date().toString() : null, dated ? articleDate.precision() : null,
                dated ? articleDate.confidence() : null);
        List<AnalysedArticle.Quote> outQuotes = quotes(text, quotes, table);
        List<NewsEvent> told = RetoldEvents.firstMeetings(RetoldEvents.firstTellings(found));
        List<NewsEvent> outEvents = SportsContext.withoutPlayersActs(normalised,
                SportsContext.withoutFixtures(normalised,
                        SelfMeetings.without(OwnStatePraise.without(
                                UnaimedActs.without(ReleaseHolders.aimed(ViolenceCounterparts.aimed(told)))))));
        return new AnalysedArticle(AnalysedArticle.SCHEMA_VERSION, articleId, article.headline(), article.subtitle(),
                outDateline, article.publishedAt(), article.language(), article.source(), article.url(), text,
                PlatformMentions.without(FilingAgency.without(table.entities(text), outDateline.agency(), outQuotes,
                        outEvents), text, outQuotes, outEvents), outQuotes,
                outEvents, tone.score(sentences), EXTRACTOR, Instant.now());
    }

    /**
     * Whether the sentence tells what happened and no more: no verb of saying (what it reports was said on the story's
     * day) and no auxiliary of a perfect, a present or a future ("has repeatedly rejected", "will meet").
     */
    private boolean simplePastReport(Sentence s) {
        for (Token t : s.tokens()) {
            if (index.isSpeechVerb(t.lower()) || NOT_SIMPLE_PAST.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The time if it is a period before the story's month or a recent day before the story's, and not one that lasts
     * ("since April 2023"); else null.
     */
    private static TimePoint earlierPeriod(String text, List<TimeMention> times, LocalDate storyDate) {
        TimeMention time = times.get(times.size() - 1);
        String before = text.substring(Math.max(0, time.start() - 6), time.start()).strip().toLowerCase(Locale.ROOT);
        if (before.endsWith("since")) {
            return null;
        }
        TimePoint point = time.point();
        boolean earlierMonth = point.date().withDayOfMonth(1).isBefore(storyDate.withDayOfMonth(1));
        // "French police arrested 112 people in Paris on Saturday. Police fired tear gas ...": a day of the week
        // before the story's goes on in the next sentence as a month before it does
        // (only when the sentence names no other time: "held talks today with Mudavadi, who arrived here on Monday")
        boolean earlierDay = point.precision() == DatePrecision.DAY && point.date().isBefore(storyDate)
                && !point.date().isBefore(storyDate.minusDays(DAYS_A_STORY_LOOKS_BACK))
                && times.stream().allMatch(t -> t.point().date().equals(point.date()));
        return earlierMonth || earlierDay ? point : null;
    }

    /** How far back a day named in a story ("on Saturday") is the recent day its next sentences go on in. */
    private static final int DAYS_A_STORY_LOOKS_BACK = 7;

    /**
     * The country a story names most often ({@code counts}: by name, demonym or capital), when it is named at least
     * {@value #MOST_NAMED_MINIMUM} times and more often than any other; else null.
     */
    private static String mostNamedCountry(Map<String, Integer> counts) {
        String most = null;
        int best = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() > best) {
                most = c.getKey();
                best = c.getValue();
                tie = false;
            } else if (c.getValue() == best) {
                tie = true;
            }
        }
        return best >= MOST_NAMED_MINIMUM && !tie ? most : null;
    }

    private static final int MOST_NAMED_MINIMUM = 3;

    /** The state of the story's country as an event's actor, which its home acts are done by; null without one. */
    private NewsEvent.Actor storyState(String iso3) {
        Country country = iso3 == null ? null : index.country(iso3);
        if (country == null) {
            return null;
        }
        EntityKey key = EntityKey.ofCountry(country);
        return new NewsEvent.Actor(key.name(), key.kind(), key.countryCode(), key.id(), null);
    }

    /**
     * The country whose state a story's unnamed bodies and places belong to: the dateline's; for a dateline that
     * prints a national agency and no place ("STA, 17 July 2025 -"), the agency's home, which it files from. (A web
     * page keeps none: the country it is most about is a guess that gives its unnamed bodies wrong acts.)
     */
    private String storyCountry(ParsedDateline dateline, String datelineCountry) {
        if (datelineCountry != null || dateline == null || dateline.city() != null
                || !PrintedDateline.isNationalAgency(dateline.agency())) {
            return datelineCountry; // ("(Bloomberg) --": a world agency files from anywhere)
        }
        return localOfficials.agencyCountry(dateline.agency());
    }

    /**
     * The story's names: its body, whose unmarked officials are of {@code officialsHome}, then its headline, subtitle
     * and standfirst.
     */
    private EntityTable recognise(RawArticle article, String text, List<Sentence> sentences, String standfirst,
            String officialsHome, String datelineCountry, Deadline deadline) {
        EntityTable table = new EntityTable(deadline);
        recogniser.recognise(text, sentences, table, true, officialsHome, deadline);
        // a standfirst printed above the dateline is read as a subtitle: its names count, it tells no events
        for (String extra : new String[] {article.headline(), article.subtitle(), standfirst}) {
            if (extra != null && !extra.isBlank()) {
                String n = TextNormaliser.forMatching(extra);
                recogniser.recognise(extra, splitter.split(n, 0, deadline), table, false, datelineCountry, deadline);
            }
        }
        return table;
    }

    /** Agencies that write for the whole world, naming their own country's officials with it (world-wires.txt). */
    private static final Set<String> WORLD_WIRES = Dictionaries.readWords("world-wires.txt");

    private static boolean worldWire(String source) {
        return source != null && WORLD_WIRES.contains(source.toLowerCase(Locale.ROOT));
    }

    /** How often a national outlet's story filed abroad names its own country, at least, to be about it. */
    private static final int HOME_NAMED = 3;

    /**
     * Whether a story filed in {@code datelineCountry} is about the outlet's {@code home}: it names home at least
     * {@link #HOME_NAMED} times and the dateline's country at most once.
     */
    private static boolean awayFromHome(Map<String, Integer> named, String home, String datelineCountry) {
        return named.getOrDefault(home, 0) >= HOME_NAMED && named.getOrDefault(datelineCountry, 0) <= 1;
    }

    /** A dateline of a place and a colon only ("ISLAMABAD: …"): no agency, no date to confirm it is one. */
    /**
     * "HAVANA TIMES – A day after thousands of Cubans": the outlet's own name printed where a place would stand places
     * nothing; the dateline keeps its end, its date and the outlet as its agency.
     */
    private static ParsedDateline withoutOutletAsPlace(ParsedDateline dateline, String source) {
        if (dateline == null || dateline.city() == null || source == null || dateline.region() != null
                || !dateline.city().strip().equalsIgnoreCase(source.strip())) {
            return dateline;
        }
        return new ParsedDateline(null, null, null, dateline.agency() != null ? dateline.agency() : source,
                dateline.month(), dateline.day(), dateline.year(), dateline.end());
    }

    /**
     * "MINGORA: Malala Yousafzai": a town in capitals the gazetteer does not list, which opens the story as Pakistani
     * papers print their datelines; a name it knows in capitals ("NATO:", "HAMAS:") is the story's subject.
     */
    private boolean unknownPlaceInCapitals(ParsedDateline dateline) {
        String place = dateline.city();
        return place != null && place.length() >= 4 && place.equals(place.toUpperCase(Locale.ROOT))
                && place.chars().anyMatch(Character::isLetter) && !gazetteer.knowsName(place);
    }

    private static boolean onlyAWordBeforeAColon(ParsedDateline dateline, String normalised) {
        String printed = normalised.substring(0, dateline.end()).strip();
        return dateline.agency() == null && dateline.month() == 0 && printed.endsWith(":");
    }


    private String datelineCountry(ParsedDateline dateline) {
        if (dateline == null || dateline.city() == null) {
            return null; // "(Reuters) -": no place printed
        }
        String region = dateline.region() == null ? null : gazetteer.countryOfPlace(dateline.region());
        if (region != null && index.country(region) != null && gazetteer.isCountryName(dateline.region())) {
            return region; // "SAN JOSE MINE, Chile (AP)": the country printed after the place is where it lies
        }
        String country = gazetteer.countryOfPlace(dateline.city());
        if (country == null && dateline.city().indexOf('/') > 0) {
            country = sharedCountry(dateline.city().split("/"));
        }
        return country != null || dateline.region() == null ? country : region;
    }

    /** "Mumbai/Pune, Nov 21 (IANS)": a story filed from two towns lies where both lie, if they lie in one country. */
    private String sharedCountry(String[] places) {
        String shared = null;
        for (String place : places) {
            String country = gazetteer.countryOfPlace(place.strip());
            if (country == null || shared != null && !shared.equals(country)) {
                return null;
            }
            shared = country;
        }
        return shared;
    }

    private static List<AnalysedArticle.Quote> quotes(String text, List<FoundQuote> quotes, EntityTable table) {
        List<AnalysedArticle.Quote> out = new ArrayList<>(quotes.size());
        for (FoundQuote q : quotes) {
            out.add(new AnalysedArticle.Quote(text.substring(q.start(), q.end()), SpeakerNames.of(q, table, text),
                    q.start(), q.end()));
        }
        return out;
    }

    @Override
    public AnalysedArticle.Extractor extractor() {
        return EXTRACTOR;
    }

    /** The version every analysis of this engine carries, without loading the engine. */
    public static String extractorVersion() {
        return EXTRACTOR.version();
    }
}
