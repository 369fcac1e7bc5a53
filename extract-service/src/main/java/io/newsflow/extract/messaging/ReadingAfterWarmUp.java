package io.newsflow.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.newsflow.extract.service.EngineWarmUp;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;

/**
 * articles.raw is read only once the engine is warmed up. The channel starts paused, and its consumer does not even
 * subscribe until it is resumed (application.properties: {@code pausable}, {@code initially-paused},
 * {@code late-subscription}), so no partition is assigned to a cold instance and nothing is polled meanwhile.
 * Messaging wires its channels in an earlier start-up observer than this one.
 */
@ApplicationScoped
class ReadingAfterWarmUp {
    private static final Logger LOG = Logger.getLogger(ReadingAfterWarmUp.class);

    void start(@Observes StartupEvent started, ChannelRegistry channels, EngineWarmUp warmUp) {
        PausableChannel channel = channels.getPausable(RawArticlesConsumer.CHANNEL);
        if (channel == null) {
            throw new IllegalStateException("The channel " + RawArticlesConsumer.CHANNEL + " must be pausable:"
                    + " mp.messaging.incoming." + RawArticlesConsumer.CHANNEL + ".pausable=true");
        }
        warmUp.done().thenRun(channel::resume).exceptionally(failed -> {
            LOG.errorf(failed, "Could not start reading %s after the warm-up", RawArticlesConsumer.CHANNEL);
            return null;
        });
    }
}
