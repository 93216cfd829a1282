package org.docuportal.web.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser without the browser: a cookie jar (the session cookie) and pages fetched and
 * forms posted as a browser would post them — every field of the form as the page rendered it, JSF's
 * view state included, and the button pressed. Where a browser would talk to one address, this one
 * chooses the server for each request: through the load balancer, or one server directly (the cookie
 * jar keys cookies by host, not port, so the session cookie goes to all of them, as it does behind
 * one public address). For pages whose forms post without Ajax; Chromium is not needed for that. The one
 * script it stands in for is PrimeFaces' CSP mode, which adds the page's nonce to every form.
 */
final class PageSession {

    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:-]+)\\s*=\\s*\"([^\"]*)\"");
    /** PrimeFaces' CSP mode: the page's script puts this nonce into every form, and a postback without it is refused. */
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([A-Za-z0-9+/=]+)'\\)");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /** A page as one server answered it. */
    record Page(URI url, int status, String body, String location) {

        /** The form's fields as a browser would post them: hidden and text inputs, each select's chosen option. */
        Map<String, String> form(String formId) {
            Matcher start = Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>").matcher(body);
            if (!start.find()) {
                throw new AssertionError("no form '" + formId + "' on " + url + " (status " + status + "):\n" + body);
            }
            int end = body.indexOf("</form>", start.end());
            String form = body.substring(start.end(), end < 0 ? body.length() : end);
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(form);
            while (input.find()) {
                Map<String, String> a = attributes(input.group(1));
                String type = a.getOrDefault("type", "text").toLowerCase();
                if (a.containsKey("name") && !type.equals("submit") && !type.equals("checkbox") && !type.equals("radio")) {
                    fields.put(a.get("name"), a.getOrDefault("value", ""));
                }
            }
            Matcher select = SELECT.matcher(form);
            while (select.find()) {
                String name = attributes(select.group(1)).get("name");
                String chosen = null;
                Matcher option = OPTION.matcher(select.group(2));
                while (option.find()) {
                    Map<String, String> a = attributes(option.group(1));
                    if (chosen == null || option.group(1).contains("selected")) {
                        chosen = a.getOrDefault("value", "");
                    }
                }
                if (name != null && chosen != null) {
                    fields.put(name, chosen);
                }
            }
            Matcher nonce = CSP_NONCE.matcher(body);
            if (nonce.find()) {
                fields.put("primefaces.nonce", nonce.group(1));
            }
            return fields;
        }

        /** The form's action: the path and query it posts to, on whichever server. */
        String action(String formId) {
            Matcher start = Pattern.compile("<form\\b([^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*)>").matcher(body);
            if (!start.find()) {
                throw new AssertionError("no form '" + formId + "' on " + url + ":\n" + body);
            }
            String action = attributes(start.group(1)).get("action");
            URI target = url.resolve(action);
            return target.getRawPath().replaceFirst(";jsessionid=[^?]*", "")
                    + (target.getRawQuery() != null ? "?" + target.getRawQuery() : "");
        }
    }

    /** GET of a path on the server whose root is given. */
    Page get(URI server, String path) throws IOException, InterruptedException {
        URI url = server.resolve(path);
        return page(url, client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /**
     * Posts a form of a page the session got earlier to the server given (which need not be the one
     * that rendered it), with the button pressed and the fields changed as given.
     */
    Page submit(URI server, Page page, String formId, String button, Map<String, String> changes)
            throws IOException, InterruptedException {
        Map<String, String> fields = page.form(formId);
        fields.putAll(changes);
        fields.put(button, "");
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        URI url = server.resolve(page.action(formId).substring(1));
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return page(url, client.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** Signs in on the login page of the server given; fails unless the portal lets the person in. */
    void signIn(URI server, String email, String password) throws IOException, InterruptedException {
        Page login = get(server, "login.xhtml");
        Page answer = submit(server, login, "login", "login:submit", Map.of("login:email", email, "login:password", password));
        if (answer.status() != 302 && answer.status() != 303 || answer.location() == null || answer.location().contains("login")) {
            throw new AssertionError("not signed in as " + email + " (status " + answer.status() + "):\n" + answer.body());
        }
    }

    /** A JSON call with the session's cookie and no credentials of its own, as the pages' scripts make. */
    HttpResponse<String> json(URI server, String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The session cookie's value, which must not change when a server dies. */
    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equalsIgnoreCase("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static Page page(URI url, HttpResponse<String> response) {
        return new Page(url, response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(tag);
        while (a.find()) {
            attributes.put(a.group(1).toLowerCase(), unescape(a.group(2)));
        }
        return attributes;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
