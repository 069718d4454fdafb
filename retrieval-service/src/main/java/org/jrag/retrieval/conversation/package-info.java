/**
 * Follow-up questions in a conversation: the earlier turns a question comes with, and the standalone query the search
 * reads in its place (rewritten by the served model, or the previous question searched with the follow-up).
 */
package org.jrag.retrieval.conversation;
