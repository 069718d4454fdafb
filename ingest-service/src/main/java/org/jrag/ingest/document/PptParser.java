package org.jrag.ingest.document;

import java.io.ByteArrayInputStream;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.jrag.ingest.problem.CorruptDocumentException;

/**
 * Extracts a PowerPoint 97-2003 (PPT) presentation's text with POI's HSLF, as a PPTX's is read ({@link SlideText}: a
 * slide a page and a section). The title is the file's summary information's (unless it is PowerPoint's default),
 * else the first slide's.
 */
final class PptParser implements DocumentParser {

    static final String MEDIA_TYPE = "application/vnd.ms-powerpoint";

    /** The title PowerPoint (and POI) give a file nobody titled: no title, the first slide's is better. */
    private static final String DEFAULT_TITLE = "PowerPoint Presentation";

    @Override
    public ParsedDocument parse(byte[] content) {
        try (var ppt = new HSLFSlideShow(new ByteArrayInputStream(content))) {
            var summary = ppt.getSlideShowImpl().getSummaryInformation();
            String title = summary == null ? null : summary.getTitle();
            return SlideText.parsed(ppt, DEFAULT_TITLE.equals(title) ? null : title);
        } catch (Exception e) { // POI signals a broken file with many exception types, checked and not
            throw new CorruptDocumentException(MEDIA_TYPE, e.getMessage());
        }
    }
}
