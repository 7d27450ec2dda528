package org.entente.server.ld;

/** Escaping for HTML text and attribute values. Every string from the data goes through here. */
public final class Html {
    private Html() {}

    /** Escapes text for element content and for quoted attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r == null && c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                r = "\uFFFD"; // control characters are not allowed in HTML
            }
            if (r != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16);
                    sb.append(s, 0, i);
                }
                sb.append(r);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** A link if there is a target, else the escaped text alone. */
    public static String link(String href, String text) {
        if (href == null) {
            return esc(text);
        }
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    /** A link with a class and a title (both optional). */
    public static String link(String href, String text, String cssClass, String title) {
        if (href == null) {
            return esc(text);
        }
        StringBuilder sb = new StringBuilder("<a href=\"").append(esc(href)).append('"');
        if (cssClass != null) {
            sb.append(" class=\"").append(esc(cssClass)).append('"');
        }
        if (title != null) {
            sb.append(" title=\"").append(esc(title)).append('"');
        }
        return sb.append('>').append(esc(text)).append("</a>").toString();
    }
}
