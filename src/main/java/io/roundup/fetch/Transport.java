package io.roundup.fetch;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;

/**
 * The HTTP mechanics of one GET: connect only through the {@link CheckedResolver}, a new connection
 * per request (so every attempt resolves and checks again), no proxy, no redirects, no retries, no
 * compression (a body's size is its size on the wire), connect and read timeouts, a deadline for the
 * whole exchange and a body cap past which nothing more is read.
 */
final class Transport {

    static final long ERROR_BODY_LIMIT = 8 * 1024;    // bodies of redirects and errors are not used

    /** Aborts exchanges that pass their deadline; a daemon, shared, it never keeps the JVM up. */
    private static final ScheduledExecutorService ALARM = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fetch-deadline");
        t.setDaemon(true);
        return t;
    });

    private final FetchConfig config;
    private final CloseableHttpClient client;

    Transport(FetchConfig config, Resolver resolver) {
        this.config = config;
        Timeout read = Timeout.ofMilliseconds(config.readTimeout().toMillis());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(resolver, config.allowLoopback(), config.allowPrivate()))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofMilliseconds(config.connectTimeout().toMillis()))
                                .setSocketTimeout(read).build())
                        .build())
                .setConnectionReuseStrategy((request, response, context) -> false)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(read).build())
                .disableRedirectHandling().disableAutomaticRetries().disableContentCompression()
                .disableCookieManagement().disableAuthCaching().disableDefaultUserAgent()
                .build();
    }

    /**
     * GETs {@code uri} with {@code headers}, within {@code deadline} for the whole exchange. A 2xx body
     * over {@code limit} fails as {@code too_large} (or, with {@code truncate}, is cut there); other
     * bodies are cut at {@link #ERROR_BODY_LIMIT}.
     */
    Exchange get(URI uri, Map<String, String> headers, long limit, boolean truncate, Duration deadline) {
        HttpGet get = new HttpGet(uri);
        headers.forEach(get::addHeader);
        // set before the cancel: the exchange it aborts may fail before the alarm's task has returned
        AtomicBoolean fired = new AtomicBoolean();
        ScheduledFuture<?> alarm = ALARM.schedule(() -> {
            fired.set(true);
            get.cancel();
        }, Math.max(1, deadline.toMillis()), TimeUnit.MILLISECONDS);
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, get, null);
            return read(get, response, limit, truncate);
        } catch (IOException | RuntimeException e) {
            if (fired.get()) {
                return Exchange.error("timeout", "no complete response within " + deadline.toMillis() + " ms", false);
            }
            return classify(e);
        } finally {
            alarm.cancel(false);
            close(response);
        }
    }

    private static Exchange read(HttpGet get, ClassicHttpResponse response, long limit, boolean truncate) throws IOException {
        int status = response.getCode();
        boolean ok = status >= 200 && status < 300;
        long max = ok ? limit : ERROR_BODY_LIMIT;
        boolean cut = !ok || truncate;
        byte[] body = new byte[0];
        HttpEntity entity = response.getEntity();
        if (entity != null) {
            long declared = entity.getContentLength();
            if (declared > max && !cut) {
                get.cancel(); // the body is never read
                return Exchange.error("too_large", "Content-Length " + declared + " exceeds the limit of " + max + " bytes", false);
            }
            InputStream in = entity.getContent();
            body = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
            if (body.length > max) {
                get.cancel(); // the rest is never read
                if (!cut) return Exchange.error("too_large", "body exceeds the limit of " + max + " bytes", false);
                body = Arrays.copyOf(body, (int) max);
            } else {
                in.close();
            }
        }
        Map<String, String> names = new HashMap<>();
        for (Header h : response.getHeaders()) names.putIfAbsent(h.getName().toLowerCase(Locale.ROOT), h.getValue());
        return new Exchange(status, names, body, null, null, false);
    }

    private Exchange classify(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CheckedResolver.Refused) return Exchange.error("private_address", c.getMessage(), false);
            if (c instanceof UnknownHostException) return Exchange.error("unknown_host", c.getMessage(), false);
            if (c instanceof ConnectTimeoutException) {
                return Exchange.error("connect_timeout", "no connection within " + config.connectTimeout().toMillis() + " ms", false);
            }
            if (c instanceof SocketTimeoutException) {
                return Exchange.error("timeout", "no response within " + config.readTimeout().toMillis() + " ms", false);
            }
            if (c instanceof ConnectException) return Exchange.error("connect_failed", String.valueOf(c.getMessage()), true);
            if (c instanceof SSLException) return Exchange.error("tls_error", String.valueOf(c.getMessage()), false);
        }
        return Exchange.error("io_error", t.getClass().getSimpleName() + ": " + t.getMessage(), t instanceof IOException);
    }

    private static void close(ClassicHttpResponse response) {
        if (response == null) return;
        try {
            response.close();
        } catch (IOException e) {
            // the connection is discarded either way: nothing more to do with it
        }
    }
}
