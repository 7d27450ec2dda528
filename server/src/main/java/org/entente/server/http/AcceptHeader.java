package org.entente.server.http;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An HTTP {@code Accept} header (RFC 9110, section 12.5.1), parsed into media ranges with their
 * quality values. A media type's quality is that of the most specific range that matches it
 * ({@code text/turtle} before {@code text/*} before {@code *}{@code /*}); a type that no range
 * matches has quality 0. Malformed ranges are ignored rather than rejected, as browsers and
 * crawlers send all sorts of headers.
 */
public final class AcceptHeader {

    /** One media range: type and subtype (either may be "*"), and its quality between 0 and 1. */
    public record MediaRange(String type, String subtype, double q) {
        /** 2 for type/subtype, 1 for type/*, 0 for *&#47;*. */
        int specificity() {
            return "*".equals(type) ? 0 : "*".equals(subtype) ? 1 : 2;
        }

        boolean matches(String mType, String mSubtype) {
            return ("*".equals(type) || type.equals(mType)) && ("*".equals(subtype) || subtype.equals(mSubtype));
        }
    }

    /** The quality of a media type and how specifically a range named it (-1: no range did). */
    public record Match(double q, int specificity) {
        static final Match NONE = new Match(0, -1);
    }

    private final List<MediaRange> ranges;
    private final boolean absent;

    private AcceptHeader(List<MediaRange> ranges, boolean absent) {
        this.ranges = Collections.unmodifiableList(ranges);
        this.absent = absent;
    }

    /** Parses a header value; null or blank means the client accepts anything. */
    public static AcceptHeader parse(String header) {
        if (header == null || header.isBlank()) {
            return new AcceptHeader(List.of(new MediaRange("*", "*", 1.0)), true);
        }
        List<MediaRange> ranges = new ArrayList<>();
        for (String part : splitOutsideQuotes(header, ',')) {
            parseRange(part).ifPresent(ranges::add);
        }
        return new AcceptHeader(ranges, false);
    }

    /** The Accept header of a request; several Accept headers count as one list. */
    public static AcceptHeader of(HttpServletRequest req) {
        List<String> values = Collections.list(req.getHeaders("Accept"));
        return parse(values.isEmpty() ? null : String.join(", ", values));
    }

    /** True if the request had no Accept header (or an empty one). */
    public boolean isAbsent() {
        return absent;
    }

    public List<MediaRange> ranges() {
        return ranges;
    }

    /** The quality of a media type such as "text/turtle" (parameters are ignored). */
    public double quality(String mediaType) {
        return match(mediaType).q();
    }

    /** The quality of a media type, from the most specific matching range. */
    public Match match(String mediaType) {
        String mt = mediaType.toLowerCase(Locale.ROOT);
        int semi = mt.indexOf(';');
        if (semi >= 0) {
            mt = mt.substring(0, semi);
        }
        int slash = mt.indexOf('/');
        if (slash < 0) {
            return Match.NONE;
        }
        String type = mt.substring(0, slash).trim();
        String subtype = mt.substring(slash + 1).trim();
        Match best = Match.NONE;
        for (MediaRange r : ranges) {
            if (!r.matches(type, subtype)) {
                continue;
            }
            int s = r.specificity();
            // The most specific range decides; among equally specific ones, the highest quality.
            if (s > best.specificity() || (s == best.specificity() && r.q() > best.q())) {
                best = new Match(r.q(), s);
            }
        }
        return best;
    }

    private static Optional<MediaRange> parseRange(String part) {
        List<String> pieces = splitOutsideQuotes(part, ';');
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        String mt = pieces.get(0).trim().toLowerCase(Locale.ROOT);
        int slash = mt.indexOf('/');
        if (slash <= 0 || slash == mt.length() - 1 || mt.indexOf('/', slash + 1) >= 0) {
            // A lone "*" (sent by some old clients) means "*/*".
            if ("*".equals(mt)) {
                mt = "*/*";
                slash = 1;
            } else {
                return Optional.empty();
            }
        }
        String type = mt.substring(0, slash).trim();
        String subtype = mt.substring(slash + 1).trim();
        if (type.isEmpty() || subtype.isEmpty() || ("*".equals(type) && !"*".equals(subtype))
                || !token(type) || !token(subtype)) {
            return Optional.empty();
        }
        double q = 1.0;
        for (int i = 1; i < pieces.size(); i++) {
            String p = pieces.get(i).trim();
            int eq = p.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = p.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            if (name.equals("q")) {
                Double parsed = qvalue(p.substring(eq + 1).trim());
                if (parsed == null) {
                    return Optional.empty();
                }
                q = parsed;
                break; // parameters after q are accept-extensions
            }
        }
        return Optional.of(new MediaRange(type, subtype, q));
    }

    /** A qvalue: 0 to 1 with up to three decimals; lenient about more decimals, strict about range. */
    private static Double qvalue(String s) {
        if (s.startsWith("\"") && s.endsWith("\"") && s.length() >= 2) {
            s = s.substring(1, s.length() - 1);
        }
        if (!s.matches("[0-9]+(\\.[0-9]*)?|\\.[0-9]+")) {
            return null;
        }
        BigDecimal d = new BigDecimal(s.startsWith(".") ? "0" + s : s.endsWith(".") ? s + "0" : s);
        if (d.compareTo(BigDecimal.ONE) > 0) {
            return null;
        }
        return d.doubleValue();
    }

    private static boolean token(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static List<String> splitOutsideQuotes(String s, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < s.length()) {
                cur.append(c).append(s.charAt(++i));
                continue;
            }
            if (c == sep && !quoted) {
                if (!cur.toString().isBlank()) {
                    out.add(cur.toString());
                }
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString());
        }
        return out;
    }

    @Override
    public String toString() {
        return ranges.toString();
    }
}
