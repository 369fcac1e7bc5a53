package io.newsflow.query.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.newsflow.query.warmup.QueryWarmUp;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;

/**
 * news.articles is read only once the write and read paths are warmed up. The channel starts paused, and its
 * consumer does not even subscribe until it is resumed (application.properties: {@code pausable},
 * {@code initially-paused}, {@code late-subscription}), so no partition is assigned to a cold instance and nothing is
 * polled meanwhile. Messaging wires its channels in an earlier start-up observer than this one.
 */
@ApplicationScoped
class ReadingAfterWarmUp {
    private static final Logger LOG = Logger.getLogger(ReadingAfterWarmUp.class);

    void start(@Observes StartupEvent started, ChannelRegistry channels, QueryWarmUp warmUp) {
        PausableChannel channel = channels.getPausable(AnalysisConsumer.CHANNEL);
        if (channel == null) {
            throw new IllegalStateException("The channel " + AnalysisConsumer.CHANNEL + " must be pausable:"
                    + " mp.messaging.incoming." + AnalysisConsumer.CHANNEL + ".pausable=true");
        }
        warmUp.done().thenRun(channel::resume).exceptionally(failed -> {
            LOG.errorf(failed, "Could not start reading %s after the warm-up", AnalysisConsumer.CHANNEL);
            return null;
        });
    }
}
