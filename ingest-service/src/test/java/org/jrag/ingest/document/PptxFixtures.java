package org.jrag.ingest.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/** PowerPoint presentations built with POI for tests. */
public final class PptxFixtures {

    private PptxFixtures() {}

    /** A slide of the "title and content" layout: its title, its body text and speaker notes (null for none). */
    public record Slide(String title, String body, String notes, boolean hidden) {

        public Slide(String title, String body, String notes) {
            this(title, body, notes, false);
        }
    }

    public static byte[] pptx(String title, Slide... slides) {
        try (var pptx = new XMLSlideShow()) {
            var layout = pptx.getSlideMasters().getFirst().getLayout(SlideLayout.TITLE_AND_CONTENT);
            for (Slide s : slides) {
                var slide = pptx.createSlide(layout);
                slide.getPlaceholder(0).setText(s.title());
                slide.getPlaceholder(1).setText(s.body());
                if (s.notes() != null) {
                    var notes = pptx.getNotesSlide(slide);
                    for (var shape : notes.getPlaceholders()) {
                        if (shape.getPlaceholder() == org.apache.poi.sl.usermodel.Placeholder.BODY) {
                            shape.setText(s.notes());
                        }
                    }
                }
                slide.setHidden(s.hidden());
            }
            if (title != null) {
                pptx.getProperties().getCoreProperties().setTitle(title);
            }
            var out = new ByteArrayOutputStream();
            pptx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
