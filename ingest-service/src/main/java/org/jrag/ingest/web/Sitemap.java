package org.jrag.ingest.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
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

    /**
     * Reads a sitemap, gzip-compressed ({@code sitemap.xml.gz}) or not.
     *
     * @param maxBytes the most bytes a compressed sitemap may expand to
     * @throws XMLStreamException when it is no sitemap, or expands past {@code maxBytes}
     */
    static Sitemap parse(byte[] bytes, long maxBytes) throws XMLStreamException {
        byte[] xml = bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b
                ? gunzip(bytes, maxBytes)
                : bytes;
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

    private static byte[] gunzip(byte[] bytes, long maxBytes) throws XMLStreamException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] xml = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (xml.length > maxBytes) {
                throw new XMLStreamException("the compressed sitemap expands past " + maxBytes + " bytes");
            }
            return xml;
        } catch (IOException e) {
            throw new XMLStreamException("not a readable gzip file: " + e.getMessage(), e);
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
