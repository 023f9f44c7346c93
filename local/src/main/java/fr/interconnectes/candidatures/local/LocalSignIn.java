package fr.interconnectes.candidatures.local;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.local.auth.LocalOAuth;
import fr.interconnectes.candidatures.local.auth.TokenRequest;
import fr.interconnectes.candidatures.local.demo.DemoAccounts;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The managed login of a local run, at the paths Cognito's domain answers, under {@code /local}: {@code GET
 * /local/oauth2/authorize} shows a sign-in page listing the demo accounts (French or English, by {@code lang} or
 * Accept-Language); choosing one posts the form back, which redirects to the client's {@code redirect_uri} with a
 * one-time code; {@code POST /local/oauth2/token} and {@code /local/oauth2/revoke} are the form endpoints the console
 * calls; {@code GET /local/logout} redirects to the {@code logout_uri}. The rules are {@link LocalOAuth}'s.
 */
final class LocalSignIn {

    static final String AUTHORIZE = "/local/oauth2/authorize";
    static final String TOKEN = "/local/oauth2/token";
    static final String REVOKE = "/local/oauth2/revoke";
    static final String LOGOUT = "/local/logout";

    /** The authorization request's parameters the sign-in form carries back. */
    private static final List<String> AUTHORIZE_PARAMETERS = List.of("response_type", "client_id", "redirect_uri",
            "state", "scope", "code_challenge", "code_challenge_method", "lang");

    private static final Mustache PAGE = new DefaultMustacheFactory("local").compile("signin.mustache");

    /** The page doubles as Cognito's: no framing (clickjacking), forms only to itself, no script at all. */
    private static final Map<String, String> PAGE_HEADERS = Map.of(
            "Content-Type", "text/html; charset=utf-8",
            "Cache-Control", "no-store",
            "Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                    + "frame-ancestors 'none'; base-uri 'none'",
            "X-Frame-Options", "DENY",
            // not no-referrer: with it a browser posts the form with "Origin: null", which the local tools refuse
            "Referrer-Policy", "same-origin");

    private final LocalOAuth oauth;
    private final List<DemoAccounts.Account> accounts;

    LocalSignIn(LocalOAuth oauth, List<DemoAccounts.Account> accounts) {
        this.oauth = oauth;
        this.accounts = List.copyOf(accounts);
    }

    Optional<ApiResponse> handle(String method, String path, String rawQuery, Map<String, String> headers, String body) {
        return switch (path) {
            case AUTHORIZE -> Optional.of(switch (method) {
                case "GET" -> signInPage(parameters(rawQuery), headers);
                case "POST" -> chooseAccount(form(headers, body), headers);
                default -> methodNotAllowed("GET, POST");
            });
            case TOKEN -> Optional.of(method.equals("POST") ? token(form(headers, body)) : methodNotAllowed("POST"));
            case REVOKE -> Optional.of(method.equals("POST") ? revoke(form(headers, body)) : methodNotAllowed("POST"));
            case LOGOUT -> Optional.of(method.equals("GET") ? logout(parameters(rawQuery), headers)
                    : methodNotAllowed("GET"));
            default -> Optional.empty();
        };
    }

    private ApiResponse signInPage(Map<String, String> parameters, Map<String, String> headers) {
        Language language = language(parameters, headers);
        LocalOAuth.AuthorizationOutcome outcome = oauth.authorize(parameters);
        if (outcome.error() != null) {
            return authorizationError(outcome.error(), parameters, language);
        }
        return page(200, language, parameters, null, true);
    }

    private ApiResponse chooseAccount(Map<String, String> form, Map<String, String> headers) {
        Language language = language(form, headers);
        LocalOAuth.AuthorizationOutcome outcome = oauth.authorize(form);
        if (outcome.error() != null) {
            return authorizationError(outcome.error(), form, language);
        }
        Optional<TokenRequest> account = accounts.stream().map(DemoAccounts.Account::request)
                .filter(request -> request.sub().equals(form.get("account"))).findFirst();
        if (account.isEmpty()) {
            return page(400, language, form, text(language, "Choisissez un des comptes de la liste.",
                    "Choose one of the accounts listed."), true);
        }
        LocalOAuth.AuthorizationRequest request = outcome.request();
        String code = oauth.issueCode(request, account.get());
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("code", code);
        if (request.state() != null) {
            answer.put("state", request.state());
        }
        return redirect(withQuery(request.redirectUri(), answer));
    }

    /** Cognito redirects an error back only to a URI the client lists; otherwise it shows the error itself. */
    private ApiResponse authorizationError(LocalOAuth.AuthorizationError error, Map<String, String> parameters,
                                           Language language) {
        if (error.redirectable()) {
            Map<String, String> answer = new LinkedHashMap<>();
            answer.put("error", error.error());
            answer.put("error_description", error.description());
            if (parameters.get("state") != null) {
                answer.put("state", parameters.get("state"));
            }
            return redirect(withQuery(parameters.get("redirect_uri"), answer));
        }
        return page(400, language, parameters, text(language,
                "Cette demande de connexion n’est pas valable (" + error.error() + ") : l’application qui vous a envoyé "
                        + "ici n’est pas enregistrée pour cette adresse de retour.",
                "This sign-in request is not valid (" + error.error() + "): the application that sent you here is not "
                        + "registered for this return address."), false);
    }

    private ApiResponse token(Map<String, String> form) {
        LocalOAuth.TokenOutcome outcome = oauth.token(form);
        return switch (outcome) {
            case LocalOAuth.Tokens tokens -> ApiResponse.json(200, LocalOAuth.json(tokens), Map.of("Pragma", "no-cache"));
            case LocalOAuth.TokenError error -> oauthError(error.error().equals("invalid_client") ? 401 : 400,
                    error.error(), error.description());
        };
    }

    /** Cognito answers 200 for an unknown token too (RFC 7009), so a client learns nothing from it. */
    private ApiResponse revoke(Map<String, String> form) {
        if (!oauth.client().clientId().equals(form.get("client_id"))) {
            return oauthError(401, "invalid_client", "unknown client_id");
        }
        oauth.revoke(form.get("token"));
        return ApiResponse.json(200, Map.of());
    }

    private ApiResponse logout(Map<String, String> parameters, Map<String, String> headers) {
        String logoutUri = parameters.get("logout_uri");
        if (oauth.isLogoutUrl(parameters.get("client_id"), logoutUri)) {
            return redirect(logoutUri);
        }
        Language language = language(parameters, headers);
        return page(400, language, Map.of(), text(language,
                "Adresse de déconnexion inconnue : l’application n’est pas enregistrée pour cette adresse.",
                "Unknown sign-out address: the application is not registered for it."), false);
    }

    private ApiResponse page(int status, Language language, Map<String, String> request, String error,
                             boolean withAccounts) {
        boolean english = language == Language.EN;
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", english ? "en" : "fr");
        model.put("skip", text(language, "Aller au contenu", "Skip to content"));
        model.put("service", text(language, "Connexion locale", "Local sign-in"));
        model.put("title", text(language, "Se connecter à la console", "Sign in to the console"));
        model.put("intro", text(language, "Choisissez le compte de démonstration avec lequel entrer.",
                "Choose the demo account to sign in with."));
        model.put("note", text(language,
                "Page de la seule exécution locale : sur AWS, la connexion gérée de Cognito demande l’adresse e-mail et le mot de passe.",
                "Local run only: on AWS, Cognito’s managed login asks for the e-mail address and password."));
        model.put("error", error);
        List<Map<String, String>> hidden = new ArrayList<>();
        for (String name : AUTHORIZE_PARAMETERS) {
            if (request.get(name) != null && !name.equals("lang")) {
                hidden.add(Map.of("name", name, "value", request.get(name)));
            }
        }
        hidden.add(Map.of("name", "lang", "value", english ? "en" : "fr"));
        List<Map<String, Object>> listed = new ArrayList<>();
        if (withAccounts) {
            for (DemoAccounts.Account account : accounts) {
                TokenRequest user = account.request();
                listed.add(Map.of("index", listed.size() + 1, "sub", user.sub(), "email", user.email(),
                        "role", roleName(user, language), "hidden", hidden));
            }
        }
        model.put("accounts", listed);
        model.put("hasAccounts", !listed.isEmpty());
        if (withAccounts) {
            Map<String, String> other = new LinkedHashMap<>();
            request.forEach((name, value) -> {
                if (AUTHORIZE_PARAMETERS.contains(name) && !name.equals("lang")) {
                    other.put(name, value);
                }
            });
            other.put("lang", english ? "fr" : "en");
            model.put("otherLanguage", Map.of("href", withQuery(AUTHORIZE, other), "code", english ? "fr" : "en",
                    "name", english ? "Français" : "English"));
        }
        StringWriter html = new StringWriter();
        PAGE.execute(html, model);
        return new ApiResponse(status, PAGE_HEADERS, html.toString());
    }

    private static String roleName(TokenRequest user, Language language) {
        List<String> names = new ArrayList<>();
        for (Role role : user.roles()) {
            names.add(switch (role) {
                case ORGANISER -> text(language, "Organisation nationale", "National organiser");
                case REGIONAL_ORGANISER -> text(language, "Organisation régionale", "Regional organiser")
                        + " (" + user.region() + ")";
                case JUROR -> text(language, "Juré", "Juror") + " " + user.sub();
            });
        }
        return String.join(", ", names);
    }

    private static Language language(Map<String, String> parameters, Map<String, String> headers) {
        String lang = parameters.get("lang");
        if (lang != null) {
            return Language.fromCode(lang);
        }
        return Language.fromAcceptLanguage(headers.get("accept-language"));
    }

    private static String text(Language language, String french, String english) {
        return language == Language.EN ? english : french;
    }

    private static ApiResponse redirect(String location) {
        return new ApiResponse(302, Map.of("Location", location, "Cache-Control", "no-store"), "");
    }

    private static ApiResponse methodNotAllowed(String allowed) {
        return oauthError(405, "invalid_request", "method not allowed (" + allowed + ")").withHeader("Allow", allowed);
    }

    /** Cognito's OAuth errors: {@code {"error": "invalid_grant"}}, plus a description for people reading them. */
    private static ApiResponse oauthError(int status, String error, String description) {
        return ApiResponse.json(status, Map.of("error", error, "error_description", description));
    }

    /** The form of a {@code application/x-www-form-urlencoded} body; anything else reads as no parameter at all. */
    private static Map<String, String> form(Map<String, String> headers, String body) {
        String type = headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") ? parameters(body) : Map.of();
    }

    /** Query or form parameters; a parameter given twice counts as absent (OAuth forbids repeating one). */
    static Map<String, String> parameters(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> repeated = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (values.putIfAbsent(name, value) != null) {
                    repeated.add(name);
                }
            } catch (IllegalArgumentException malformed) {
                // a broken %-escape: the parameter is ignored, its absence reported by whoever needs it
            }
        }
        repeated.forEach(values::remove);
        return values;
    }

    static String withQuery(String base, Map<String, String> parameters) {
        StringBuilder url = new StringBuilder(base);
        char separator = base.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> entry : parameters.entrySet()) {
            url.append(separator).append(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }
}
