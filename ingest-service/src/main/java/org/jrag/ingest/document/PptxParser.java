package org.jrag.ingest.document;

import java.io.ByteArrayInputStream;
import java.util.Set;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.jrag.ingest.problem.CorruptDocumentException;

/**
 * Extracts a PowerPoint (PPTX) presentation's text with Apache POI ({@link SlideText}: a slide a page and a section).
 * The title is the core properties' title, else the first slide's. The package is expanded within {@link
 * PackageExpansion}'s bounds first (POI reads the XML into a tree).
 */
final class PptxParser implements DocumentParser {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private final long maxXmlBytes;

    PptxParser() {
        this(PackageExpansion.MAX_TREE_XML_BYTES);
    }

    /** @param maxXmlBytes the most XML the package may expand to (POI reads it into a tree) */
    PptxParser(long maxXmlBytes) {
        this.maxXmlBytes = maxXmlBytes;
    }

    @Override
    public ParsedDocument parse(byte[] content) {
        PackageExpansion.read(content, MEDIA_TYPE, Set.of(), maxXmlBytes);
        try (var pptx = new XMLSlideShow(new ByteArrayInputStream(content))) {
            return SlideText.parsed(
                    pptx, pptx.getProperties().getCoreProperties().getTitle());
        } catch (Exception e) { // POI signals a broken package with many exception types, checked and not
            throw new CorruptDocumentException(MEDIA_TYPE, e.getMessage());
        }
    }
}
