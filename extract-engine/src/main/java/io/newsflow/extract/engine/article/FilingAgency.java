package io.newsflow.extract.engine.article;

import java.util.List;
import java.util.Set;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;

/**
 * The agency that filed a story, named again in its closing credit ("--ONA", "/ritzau/", "(ANP)."): it is who wrote
 * the story, not a body the story is about, so it is no entity of it, unless the story quotes it or has it act.
 */
public final class FilingAgency {

    private FilingAgency() {
    }

    /** The entities without the filing agency's organisation, when nothing in the story refers to it. */
    public static List<AnalysedArticle.Entity> without(List<AnalysedArticle.Entity> entities, String agency,
            List<AnalysedArticle.Quote> quotes, List<NewsEvent> events) {
        if (agency == null || agency.isBlank()) {
            return entities;
        }
        Set<String> referred = ReferredEntities.ids(quotes, events);
        return entities.stream().filter(e -> e.kind() != EntityKind.ORGANIZATION || referred.contains(e.id())
                || !names(e, agency)).toList();
    }

    private static boolean names(AnalysedArticle.Entity entity, String agency) {
        return entity.name().equalsIgnoreCase(agency) || entity.aliases().stream().anyMatch(agency::equalsIgnoreCase)
                || withoutKind(entity.name()).equalsIgnoreCase(agency);
    }

    /** "Kazinform News Agency" without its kind: "Kazinform", as the dateline prints it. */
    private static String withoutKind(String name) {
        return name.replaceFirst("(?i)\\s+(?:news\\s+)?agency$", "");
    }
}
