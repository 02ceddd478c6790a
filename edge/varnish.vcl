# The HTTP cache in front of the portal (Varnish 7 with the xkey module from varnish-modules).
# `npm run start:edge` fills in the values in double braces and starts it; see the README's «HTTP cache».
#
# - Public pages are kept by URL (without trackers' parameters) and encoding, for the time the app
#   gives (s-maxage), and dropped at once when a write purges one of their surrogate keys (the
#   app's cache tags, in its `xkey` header).
# - Staff (a session or draft-mode cookie), the admin, the API, Next's navigation data and every
#   non-GET request pass straight to the app, and their answers are never kept.
# - Readers' own cookies are dropped: nothing in a public page depends on them.
# - While the app is down (its probe fails), kept pages are served up to {{GRACE}} past their age.
vcl 4.1;

import std;
import xkey;

backend app {
    .host = "{{APP_HOST}}";
    .port = "{{APP_PORT}}";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 10s;
    .probe = {
        .url = "/robots.txt";
        .interval = 1s;
        .timeout = 2s;
        .window = 3;
        .threshold = 2;
    }
}

# Who may purge without the secret: this machine and the app's own addresses.
acl purgers {
    "127.0.0.1";
    "::1";
{{PURGE_ACL}}
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (!(client.ip ~ purgers) && (std.getenv("EDGE_PURGE_SECRET") == "" || req.http.x-purge-secret != std.getenv("EDGE_PURGE_SECRET"))) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "No xkey-purge header"));
        }
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.x-purged));
    }
    unset req.http.x-purge-secret;

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/((fr|en)/)?admin(/|\?|$)" || req.url ~ "^/api/") {
        return (pass);
    }
    # The same names as lib/edge/staff-cookies.ts (a test keeps them equal).
    if (req.http.Cookie ~ "(^|;)\s*(portal_session|__Host-portal_session|__prerender_bypass|__next_preview_data)=") {
        return (pass);
    }
    if (req.http.rsc || req.http.next-router-state-tree || req.http.next-router-prefetch || req.http.next-router-segment-prefetch || req.http.next-action || req.url ~ "[?&]_rsc=") {
        return (pass);
    }
    unset req.http.Cookie;

    # Parameters that only say where a reader came from (lib/serve/request-key.ts).
    if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid|gbraid|wbraid|msclkid|dclid|igshid|mc_cid|mc_eid|_ga|ref_src)=") {
        set req.url = regsuball(req.url, "(?i)([?&])(utm_[a-z]+|fbclid|gclid|gbraid|wbraid|msclkid|dclid|igshid|mc_cid|mc_eid|_ga|ref_src)=[^&#]*", "\1");
        set req.url = regsuball(req.url, "[?&]+(&|$)", "\1");
        set req.url = regsub(req.url, "\?&", "?");
    }
    set req.url = std.querysort(req.url);

    # One stored variant per encoding the app makes (it compresses each page once).
    if (req.http.Accept-Encoding ~ "(^|[,\s])br($|[,;\s])") {
        set req.http.Accept-Encoding = "br";
    } elsif (req.http.Accept-Encoding ~ "gzip") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }

    # Past its age a page is served for 10 s more while it is fetched again; longer only while
    # the app does not answer.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        return (deliver);
    }
    # Personal or refused answers are never kept: the next request asks the app again.
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store|no-cache)" || beresp.status >= 400) {
        set beresp.uncacheable = true;
        set beresp.ttl = 5s;
        return (deliver);
    }
    # At most {{MAX_TTL}} without asking the app again, whatever its answer says.
    if (beresp.ttl > {{MAX_TTL}}) {
        set beresp.ttl = {{MAX_TTL}};
    }
    set beresp.grace = {{GRACE}};
    return (deliver);
}

sub vcl_backend_error {
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Retry-After = "30";
    set beresp.http.Cache-Control = "no-store";
    synthetic({"<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الموقع غير متاح مؤقتاً</title></head><body><h1>الموقع غير متاح مؤقتاً</h1><p>نعود بعد لحظات.</p></body></html>"});
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.xkey;
    unset resp.http.Via;
}
