package org.jrag.generation.openai;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OpenAI's {@code stream_options}.
 *
 * @param includeUsage send one more chunk before {@code [DONE]} with the request's usage and no choices
 */
public record StreamOptions(@JsonProperty("include_usage") Boolean includeUsage) {

    public boolean usage() {
        return Boolean.TRUE.equals(includeUsage);
    }
}
