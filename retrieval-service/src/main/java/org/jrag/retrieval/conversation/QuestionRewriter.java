package org.jrag.retrieval.conversation;

import java.util.List;

/** Makes a follow-up question ("and how tall is it?") a query the search can answer without the conversation. */
public interface QuestionRewriter {

    /** The standalone query for {@code question} after {@code history} (oldest first, not empty). */
    QuestionRewrite rewrite(String question, List<ConversationTurn> history);

    /**
     * The fallback every rewriter can give: the user's previous question and the follow-up, searched together (the
     * follow-up alone when the history holds no user turn).
     */
    static String withPreviousQuestion(String question, List<ConversationTurn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (ConversationTurn.USER.equals(history.get(i).role())) {
                return history.get(i).content().strip() + "\n" + question;
            }
        }
        return question;
    }
}
