package io.newsflow.bench.load;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The generator's keep-alive connections to ingest, one per concurrent upload, served by one
 * Vert.x event loop. The generator shares the machine's cores with the pipeline it measures: with
 * {@code java.net.http} it spent as much CPU per single upload as ingest did, which capped what it
 * could offer; Vert.x's client (Netty underneath) answers the same requests for a fraction of it.
 */
final class IngestConnections implements AutoCloseable {
    private static final long TIMEOUT_MILLIS = TimeUnit.SECONDS.toMillis(60);

    private final Vertx vertx;
    private final HttpClient client;

    /** An answer as the uploader reads it: the status, the body's bytes and the Retry-After header (or null). */
    record Answer(int status, byte[] body, String retryAfter) {
    }

    IngestConnections(URI ingestUrl, int connections) {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        int port = ingestUrl.getPort() > 0 ? ingestUrl.getPort() : 80;
        client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(ingestUrl.getHost())
                .setDefaultPort(port).setKeepAlive(true).setConnectTimeout(5_000),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
    }

    /** POSTs {@code body} to {@code pathAndQuery}; completes with the answer, or exceptionally when none came. */
    CompletableFuture<Answer> post(String pathAndQuery, String contentType, String apiKey, byte[] body) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setURI(pathAndQuery)
                .putHeader("Content-Type", contentType).setIdleTimeout(TIMEOUT_MILLIS);
        if (apiKey != null && !apiKey.isBlank()) {
            options.putHeader("X-API-Key", apiKey);
        }
        return client.request(options)
                .compose(request -> request.send(Buffer.buffer(body)))
                .compose(response -> response.body().map(answer -> new Answer(response.statusCode(), answer.getBytes(),
                        response.getHeader("Retry-After"))))
                .toCompletionStage().toCompletableFuture();
    }

    @Override
    public void close() {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }
}
