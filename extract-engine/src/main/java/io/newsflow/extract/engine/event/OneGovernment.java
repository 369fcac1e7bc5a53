package io.newsflow.extract.engine.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.dictionary.Role;
import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.entity.EntityTable;
import io.newsflow.extract.engine.entity.PersonProfile;

/**
 * Two office-holders of one state's executive: a president and his prime minister, a prime minister and his ministers.
 * Their meetings are the government at work ("Putin discussed the fire with Prime Minister Mikhail Kasyanov, who held
 * a meeting with Rushailo"), domestic administration rather than a relation between actors, so they code no event.
 * A president-elect, a former minister or an opposition leader is outside the government: meeting them still codes.
 */
final class OneGovernment {
    /** The roles.tsv categories of a state's executive offices. */
    private static final Set<String> EXECUTIVE = Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "MINISTER");
    /** Words of a role that put its holder outside the sitting government, or make the title a party's. */
    private static final List<String> OUTSIDE = List.of("elect", "former", "ex-", "opposition", "shadow", "leader",
            "party", "candidate");

    private final PoliticalActors politicalActors;

    OneGovernment(PoliticalActors politicalActors) {
        this.politicalActors = politicalActors;
    }

    /** Whether both are persons holding executive office in the same state. */
    boolean colleagues(EntityTable table, EntityKey a, EntityKey b) {
        if (a == null || b == null || a.kind() != EntityKind.PERSON || b.kind() != EntityKind.PERSON) {
            return false;
        }
        PersonProfile first = table.profile(a);
        PersonProfile second = table.profile(b);
        return first != null && second != null && first.countryCode() != null
                && first.countryCode().equals(second.countryCode()) && inExecutive(first) && inExecutive(second);
    }

    /**
     * Whether every title the person holds in the story is an executive office ("Prime Minister", "Interior
     * Minister"): a second title of another kind ("International Olympic Committee chief", "leader") leaves them out.
     */
    private boolean inExecutive(PersonProfile person) {
        boolean executive = false;
        for (String role : person.roles()) {
            Role title = politicalActors.titleOf(role);
            String lower = role.toLowerCase(Locale.ROOT);
            if (title == null) {
                continue;
            }
            if (!EXECUTIVE.contains(title.category()) || OUTSIDE.stream().anyMatch(lower::contains)) {
                return false;
            }
            executive = true;
        }
        return executive;
    }
}
