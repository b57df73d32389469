package io.roundup.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP server on the loopback interface, port chosen by the OS, recording every request. */
final class TestServer implements AutoCloseable {

    record Request(String path, Headers headers, long nanos) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery();
            requests.add(new Request(query == null ? path : path + "?" + query, ex.getRequestHeaders(), System.nanoTime()));
            HttpHandler h = query == null ? null : routes.get(path + "?" + query);
            if (h == null) h = routes.get(path);
            try {
                if (h == null) send(ex, 404, "text/plain", "not found");
                else h.handle(ex);
            } catch (IOException e) {
                // the client went away (timeout, body limit): nothing to do
            } finally {
                ex.close();
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    void on(String path, HttpHandler handler) {
        routes.put(path, handler);
    }

    /** A fixed answer; {@code headers} are name, value pairs. */
    void page(String path, int status, String contentType, String body, String... headers) {
        on(path, ex -> {
            for (int i = 0; i + 1 < headers.length; i += 2) ex.getResponseHeaders().add(headers[i], headers[i + 1]);
            send(ex, status, contentType, body);
        });
    }

    void redirect(String path, int status, String location) {
        on(path, ex -> {
            ex.getResponseHeaders().add("Location", location);
            send(ex, status, "text/plain", "moved");
        });
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        send(ex, status, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) ex.getResponseHeaders().set("Content-Type", contentType);
        if (status == 304 || status == 204 || body == null) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
