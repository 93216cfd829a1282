// Checks the portal's HLS tokens at the nginx edge, without calling the portal.
// Written for njs 0.7 (Debian 12: libnginx-mod-http-js 0.7.9 with nginx 1.22), plain ES5 plus what
// njs 0.7 has: require('crypto').createHmac(...).digest('base64url').
//
// Token:  <exp>.<entitlement>.<sig>
//   exp          expiry, Unix epoch seconds, decimal digits only (at most 19: any Java long)
//   entitlement  [A-Za-z0-9_-]{1,64}, e.g. license-123, screener-7
//   sig          base64url without padding of HMAC-SHA256(
//                    key     = UTF-8 bytes of the shared secret,
//                    message = "hls-v1\n" + slug + "\n" + entitlement + "\n" + exp)
//                slug is the title's path segment of the request URL (/media/<slug>/...).
//
// Verdicts (the value of $media_token_verdict; docuportal-media-locations.conf turns them into
// status codes): ok -> serve; expired -> 410; anything else (missing, malformed, bad-signature,
// no-slug, no-secret) -> 403. A token signed for another slug is a bad-signature: the slug is part
// of the signed message. The signature is checked before the expiry, so a tampered expired token
// is a 403, not a 410.
//
// Inputs, all nginx variables:
//   $media_token_secret  the shared secret (set by an include file kept out of the repository)
//   $media_slug          the slug, a named capture of the location's regular expression
//   $arg_token           the token, raw from the query string (a percent-encoded token is malformed)
// Output besides the verdict: $media_token_entitlement is set to the token's entitlement once the
// signature is good, for the access log.

var crypto = require('crypto');

var TOKEN = /^([0-9]{1,19})\.([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/;

// Compares two strings of equal length without stopping at the first difference.
// (njs 0.7 has no crypto.timingSafeEqual; this loop always runs over the whole string.)
function sameString(a, b) {
    if (a.length !== b.length) {
        return false;
    }
    var diff = 0;
    for (var i = 0; i < a.length; i++) {
        diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
    }
    return diff === 0;
}

function signature(secret, slug, entitlement, exp) {
    return crypto.createHmac('sha256', secret)
        .update('hls-v1\n' + slug + '\n' + entitlement + '\n' + exp)
        .digest('base64url');
}

function check(secret, slug, token, nowSeconds) {
    if (!secret) {
        return { verdict: 'no-secret' };
    }
    if (!slug) {
        return { verdict: 'no-slug' };
    }
    if (!token) {
        return { verdict: 'missing' };
    }
    var m = TOKEN.exec(token);
    if (!m) {
        return { verdict: 'malformed' };
    }
    var exp = m[1];
    var entitlement = m[2];
    if (!sameString(signature(secret, slug, entitlement, exp), m[3])) {
        return { verdict: 'bad-signature' };
    }
    if (Number(exp) < nowSeconds) {
        return { verdict: 'expired', entitlement: entitlement };
    }
    return { verdict: 'ok', entitlement: entitlement };
}

// js_set $media_token_verdict media_token.verdict;
function verdict(r) {
    var secret = r.variables.media_token_secret;
    var result = check(secret, r.variables.media_slug, r.variables.arg_token, Math.floor(Date.now() / 1000));
    if (result.verdict === 'no-secret') {
        r.error('media-token: $media_token_secret is empty, every token is refused; '
            + 'include the file that sets it in the server block');
    }
    if (result.entitlement) {
        try {
            r.variables.media_token_entitlement = result.entitlement;
        } catch (e) {
            // $media_token_entitlement is not declared with "set": only the access log misses it.
        }
    }
    return result.verdict;
}

export default { verdict, check, signature };
