package org.entente.server.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Decoding a form body, and the Content-Type's charset. */
class FormParametersTest {

    static Map<String, String[]> decode(String query, String body, String charset) {
        return FormParameters.decode(query, body.getBytes(StandardCharsets.ISO_8859_1), FormParameters.charset(charset));
    }

    @Test
    void theQueryStringThenTheBodyEachValueInOrder() {
        Map<String, String[]> p = decode("timeout=5&default-graph-uri=a", "query=SELECT+*+%7B%7D&default-graph-uri=b&flag", null);
        assertEquals(List.of("timeout", "default-graph-uri", "query", "flag"), List.copyOf(p.keySet()));
        assertArrayEquals(new String[] {"a", "b"}, p.get("default-graph-uri"));
        assertArrayEquals(new String[] {"SELECT * {}"}, p.get("query"));
        assertArrayEquals(new String[] {""}, p.get("flag"));
        assertEquals(Map.of(), decode(null, "", null));
        assertEquals(List.of("a"), List.copyOf(decode(null, "&&a=1&", null).keySet()));
    }

    @Test
    void percentEscapesInTheFormsCharset() {
        assertEquals("Łódź", decode(null, "q=%C5%81%C3%B3d%C5%BA", null).get("q")[0]);
        assertEquals("Łódź", decode(null, "q=%C5%81%C3%B3d%C5%BA", "utf-8").get("q")[0]);
        assertEquals("é", decode(null, "q=%E9", "ISO-8859-1").get("q")[0]);
    }

    @Test
    void badFormsAreOneLineErrors() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> decode(null, "query=%ZZ", null));
        assertTrue(bad.getMessage().startsWith("the form is not valid application/x-www-form-urlencoded: "), bad.getMessage());
        assertTrue(!bad.getMessage().contains("\n"));
        IllegalArgumentException charset = assertThrows(IllegalArgumentException.class, () -> FormParameters.charset("x-nothing"));
        assertEquals("the form's charset 'x-nothing' is not supported; send UTF-8", charset.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FormParameters.charset("bad name!"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= FormParameters.MAX_PARAMETERS; i++) {
            many.append("p").append(i).append("=1&");
        }
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> decode(null, many.toString(), null));
        assertEquals("the form has more than 1000 parameters", tooMany.getMessage());
        assertEquals(1000, decode(null, many.substring(0, many.indexOf("p1000=")), null).size());
    }

    @Test
    void theCharsetOfAContentType() {
        assertEquals("utf-8", ContentTypeHeader.charset("application/x-www-form-urlencoded; charset=utf-8"));
        assertEquals("ISO-8859-1", ContentTypeHeader.charset("text/plain;Charset=\"ISO-8859-1\" ;x=y"));
        assertNull(ContentTypeHeader.charset("application/sparql-update"));
        assertNull(ContentTypeHeader.charset("text/plain; charset="));
        assertNull(ContentTypeHeader.charset(""));
    }
}
