package io.newsflow.query.persistence;

import io.newsflow.contract.EventRetraction;
import io.newsflow.contract.NewsEvent;

/**
 * What a write did to one event: stored it, or removed it because the article's new analysis no
 * longer contains it ({@code retraction} set, the event as it was stored).
 */
public record EventChange(NewsEvent event, EventRetraction retraction) {

    public static EventChange stored(NewsEvent event) {
        return new EventChange(event, null);
    }

    public static EventChange retracted(NewsEvent event, EventRetraction retraction) {
        return new EventChange(event, retraction);
    }

    public boolean isRetraction() {
        return retraction != null;
    }
}
