package org.jrag.ingest.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A sitemap ({@code <urlset>} of pages) or a sitemap index ({@code <sitemapindex>} of sitemaps), read with StAX with
 * DTDs and external entities off.
 *
 * @param index whether it is an index, whose {@code locations} are sitemaps rather than pages
 * @param locations the {@code <loc>} URLs, in document order (those that are no web URL left out)
 */
record Sitemap(boolean index, List<URI> locations) {

    private static final XMLInputFactory XML = safeFactory();

    static Sitemap parse(byte[] xml) throws XMLStreamException {
        XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        try {
            boolean index = false;
            boolean rootSeen = false;
            var locations = new ArrayList<URI>();
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = reader.getLocalName();
                if (!rootSeen) {
                    rootSeen = true;
                    if (name.equals("sitemapindex")) {
                        index = true;
                    } else if (!name.equals("urlset")) {
                        throw new XMLStreamException("not a sitemap: its root element is <" + name + ">");
                    }
                } else if (name.equals("loc")) {
                    location(reader.getElementText()).ifPresent(locations::add);
                }
            }
            return new Sitemap(index, List.copyOf(locations));
        } finally {
            reader.close();
        }
    }

    private static Optional<URI> location(String text) {
        try {
            return Links.normalize(URI.create(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
