package org.jrag.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessFilterApiTests {

    @Test
    void countsARequestUnderTheFirstSegmentOfItsPathOrOther() {
        assertThat(AccessFilter.api("/v1/collections/docs/documents/7")).isEqualTo("collections");
        assertThat(AccessFilter.api("/v1/chat/completions")).isEqualTo("chat");
        assertThat(AccessFilter.api("/v1/ask")).isEqualTo("ask");
        assertThat(AccessFilter.api("/v1/asks/0b6e/feedback")).isEqualTo("asks");
        assertThat(AccessFilter.api("/v1/made-up/x")).isEqualTo("other");
        assertThat(AccessFilter.api("/v1/")).isEqualTo("other");
    }
}
