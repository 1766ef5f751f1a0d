package org.handbook.importer;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams BLS's {@code xml-compilation.xml}: reads the header, then hands out one {@code <occupation>}
 * at a time, so memory holds one profile however large the file. The parser refuses DTDs and external
 * entities (the file has neither; a file that does is not one to trust).
 */
public final class OohXmlReader implements AutoCloseable {

    static final String ROOT = "ooh";
    static final String OCCUPATION = "occupation";

    private static final DateTimeFormatter LAST_UPDATED = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
    private static final DateTimeFormatter REFERENCE_PERIOD = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    private final XMLStreamReader xml;
    private final EditionHeader header;
    private final List<ImportIssue> headerWarnings = new ArrayList<>();
    private int ordinal;
    private int completed;
    private boolean pendingOccupation;
    private boolean finished;

    private OohXmlReader(XMLStreamReader xml) throws ImportException {
        this.xml = xml;
        this.header = readHeader();
    }

    /** Opens the stream and reads the header; the caller closes both the reader and the stream. */
    public static OohXmlReader open(InputStream in) throws ImportException {
        try {
            return new OohXmlReader(factory().createXMLStreamReader(in));
        }
        catch (XMLStreamException ex) {
            throw unreadable(ex);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        if (factory.isPropertySupported(XMLConstants.ACCESS_EXTERNAL_DTD)) {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        }
        return factory;
    }

    public EditionHeader header() {
        return header;
    }

    /** Header values that are missing or unreadable. */
    public List<ImportIssue> headerWarnings() {
        return List.copyOf(headerWarnings);
    }

    /** The next occupation, or null after the last. */
    public OccupationElement next() throws ImportException {
        try {
            if (!pendingOccupation && !advanceToOccupation()) {
                return null;
            }
            pendingOccupation = false;
            int line = xml.getLocation().getLineNumber();
            ordinal++;
            OccupationElement occupation = new OccupationElement(ordinal, line, readElement());
            completed++;
            return occupation;
        }
        catch (XMLStreamException ex) {
            throw truncated(ex);
        }
    }

    private EditionHeader readHeader() throws ImportException {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            if (nextStartElement() == null) {
                throw new ImportException("The file has no elements: it is not BLS's OOH XML compilation.");
            }
            if (!ROOT.equals(xml.getLocalName())) {
                throw new ImportException("The file is not BLS's OOH XML compilation: its root element is <"
                        + xml.getLocalName() + ">, expected <" + ROOT + "> (" + where(xml.getLocation()) + ").");
            }
            while (true) {
                String name = nextStartElement();
                if (name == null) {
                    finished = true;
                    break;
                }
                if (OCCUPATION.equals(name)) {
                    pendingOccupation = true;
                    break;
                }
                values.put(name, xml.getElementText().strip());
            }
        }
        catch (XMLStreamException ex) {
            throw unreadable(ex);
        }
        return new EditionHeader(
                values.get("publication_title"),
                year(values, "current_year"),
                year(values, "projection_year"),
                year(values, "reference_year"),
                values.get("reference_period"),
                parse(values, "reference_period", text -> YearMonth.parse(text, REFERENCE_PERIOD)),
                parse(values, "last_updated", text -> LocalDate.parse(text, LAST_UPDATED)));
    }

    private Integer year(Map<String, String> values, String name) {
        return parse(values, name, Integer::valueOf);
    }

    private <T> T parse(Map<String, String> values, String name, ValueParser<T> parser) {
        String text = values.get(name);
        if (text == null || text.isEmpty()) {
            headerWarnings.add(new ImportIssue("edition header", name, "missing"));
            return null;
        }
        try {
            return parser.parse(text);
        }
        catch (NumberFormatException | DateTimeParseException ex) {
            headerWarnings.add(new ImportIssue("edition header", name, "unreadable value \"" + text + "\""));
            return null;
        }
    }

    private interface ValueParser<T> {
        T parse(String text);
    }

    /** Moves to the next start element at any depth; null at the end of the document. */
    private String nextStartElement() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                return xml.getLocalName();
            }
        }
        return null;
    }

    /** Moves to the next {@code <occupation>} among the root's children; false at the root's end. */
    private boolean advanceToOccupation() throws XMLStreamException {
        if (finished) {
            return false;
        }
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (OCCUPATION.equals(xml.getLocalName())) {
                    return true;
                }
                skipElement();
            }
            else if (event == XMLStreamConstants.END_ELEMENT && ROOT.equals(xml.getLocalName())) {
                finished = true;
                return false;
            }
        }
        finished = true;
        return false;
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            }
            else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Reads the element the cursor is on, with its descendants, up to its end tag. */
    private XmlNode readElement() throws XMLStreamException {
        String name = xml.getLocalName();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        StringBuilder text = new StringBuilder();
        List<XmlNode> children = new ArrayList<>();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(readElement());
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlNode(name, Map.copyOf(attributes), text.toString(), List.copyOf(children));
                }
                default -> {
                    // comments and processing instructions carry nothing the site shows
                }
            }
        }
    }

    private static ImportException unreadable(XMLStreamException ex) {
        return new ImportException("The file is not readable XML (" + where(ex.getLocation()) + "): "
                + firstLine(ex) + " Is it BLS's OOH XML compilation?", ex);
    }

    private ImportException truncated(XMLStreamException ex) {
        return new ImportException("The file breaks off or is damaged after " + completed
                + (completed == 1 ? " complete occupation (" : " complete occupations (") + where(ex.getLocation())
                + "): " + firstLine(ex) + " Download it again; nothing was loaded from it.", ex);
    }

    private static String where(Location location) {
        return Optional.ofNullable(location)
                .map(at -> "line " + at.getLineNumber() + ", column " + at.getColumnNumber())
                .orElse("position unknown");
    }

    private static String firstLine(XMLStreamException ex) {
        String message = Optional.ofNullable(ex.getMessage()).orElse(ex.getClass().getSimpleName());
        int detail = message.indexOf("Message: ");
        if (detail >= 0) {
            message = message.substring(detail + "Message: ".length());
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.endsWith(".") ? line : line + ".";
    }

    @Override
    public void close() throws ImportException {
        try {
            xml.close();
        }
        catch (XMLStreamException ex) {
            throw unreadable(ex);
        }
    }
}
