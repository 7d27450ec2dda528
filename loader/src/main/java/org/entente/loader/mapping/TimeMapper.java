package org.entente.loader.mapping;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.loader.source.DayRange;
import org.entente.ontology.IriScheme;
import org.entente.ontology.TIME;

/**
 * Times at the precision a source gives: a year (2022), a month (2022-02) or a day (2022-02-24),
 * as OWL-Time instants with an XSD position of that precision and a date-time description whose
 * unit is the precision.
 */
public final class TimeMapper {
    private TimeMapper() {}

    /** The label of a month: February 2022. */
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    /** The label of a day: 24 February 2022. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** A time at a precision, with its first and last day. */
    public record Time(String lexical, LocalDate first, LocalDate last) {}

    /**
     * Parses a time of year, month or day precision.
     *
     * @throws IllegalArgumentException with a message for the user if it is not a real date of one of those forms
     */
    public static Time parse(String lexical) {
        DayRange r = DayRange.parse(lexical);
        return new Time(r.lexical(), r.first(), r.last());
    }

    /**
     * Adds the instant to the model and returns it: its position as an XSD value of its precision
     * (time:inXSDgYear, time:inXSDgYearMonth or time:inXSDDate), and its time:inDateTime, a
     * time:DateTimeDescription whose time:unitType is that precision (the unit belongs to the
     * description: its domain is descriptions and durations, not instants).
     */
    public static Resource instant(Model m, IriScheme scheme, Time t) {
        Resource i = scheme.time(t.lexical());
        Resource d = scheme.timeDescription(t.lexical());
        m.add(i, RDF.type, TIME.Instant);
        m.add(i, TIME.inDateTime, d);
        m.add(d, RDF.type, TIME.DateTimeDescription);
        String lex = t.lexical();
        m.add(d, TIME.year, ResourceFactory.createTypedLiteral(lex.substring(0, 4), XSDDatatype.XSDgYear));
        if (lex.length() == 4) {
            m.add(d, TIME.unitType, TIME.unitYear);
            m.add(i, TIME.inXSDgYear, ResourceFactory.createTypedLiteral(lex, XSDDatatype.XSDgYear));
            m.add(i, RDFS.label, Rdf.en(lex));
        } else if (lex.length() == 7) {
            m.add(d, TIME.unitType, TIME.unitMonth);
            m.add(d, TIME.month, ResourceFactory.createTypedLiteral("--" + lex.substring(5, 7), XSDDatatype.XSDgMonth));
            m.add(i, TIME.inXSDgYearMonth, ResourceFactory.createTypedLiteral(lex, XSDDatatype.XSDgYearMonth));
            m.add(i, RDFS.label, Rdf.en(t.first().format(MONTH)));
        } else {
            m.add(d, TIME.unitType, TIME.unitDay);
            m.add(d, TIME.month, ResourceFactory.createTypedLiteral("--" + lex.substring(5, 7), XSDDatatype.XSDgMonth));
            m.add(d, TIME.day, ResourceFactory.createTypedLiteral("---" + lex.substring(8, 10), XSDDatatype.XSDgDay));
            m.add(i, TIME.inXSDDate, Rdf.date(t.first()));
            m.add(i, RDFS.label, Rdf.en(t.first().format(DAY)));
        }
        return i;
    }
}
