package org.jrag.generation.openai.tools;

/**
 * One streamed choice read for calls: text is passed on as soon as it cannot be the start of a call, the rest held
 * until the choice ends and then read as calls (or passed on, when it is none). Mutable; one per choice.
 */
public final class ToolStream {

    private final ToolUse use;
    private final StringBuilder text = new StringBuilder();
    private int sent;

    public ToolStream(ToolUse use) {
        this.use = use;
    }

    /** The text of {@code piece} (and any held before it) that can be sent now; possibly empty. */
    public String accept(String piece) {
        text.append(piece);
        int sendable = use.sendable(text.toString());
        if (sendable <= sent) {
            return "";
        }
        String out = text.substring(sent, sendable);
        sent = sendable;
        return out;
    }

    /** The end of the choice: the text still to send (content only) and the reply's calls. */
    public ToolReply finish(String piece) {
        text.append(piece);
        String whole = text.toString();
        ToolReply reply = use.reply(whole);
        if (reply.calls().isEmpty()) {
            return ToolReply.content(whole.substring(sent));
        }
        int end = reply.content() == null
                ? 0
                : whole.indexOf(reply.content()) + reply.content().length();
        return new ToolReply(end > sent ? whole.substring(sent, end) : "", reply.calls());
    }
}
