package org.jrag.engine.constrain;

import java.util.Arrays;
import java.util.Set;
import org.jrag.engine.tokenizer.Tokenizer;

/**
 * The vocabulary's token bytes as a byte trie in preorder, so a mask walks each shared prefix once and skips a
 * whole subtree the moment its prefix breaks the grammar. Node 0 is the root (the empty prefix); tokens with empty
 * bytes (control tokens) and end tokens are not in it.
 */
final class TokenTrie {
    /** Byte on the edge into each node (0..255); unused for the root. */
    final byte[] label;
    /** Depth of each node: its prefix length. */
    final int[] depth;
    /** The node after the last one of each node's subtree. */
    final int[] skip;
    /** Tokens whose bytes end at node i: tokens[tokenStart[i] .. tokenStart[i + 1]). */
    final int[] tokenStart;

    final int[] tokens;
    /** Every token's bytes, by id ({@link Tokenizer#pieceBytes} without specials). */
    final byte[][] pieces;

    final int maxDepth;

    /**
     * plainChars[i]: when every prefix in node i's subtree is string content (read from plain text inside a JSON
     * string it never closes the string nor breaks an escape or UTF-8 sequence), the most characters one holds;
     * else -1. Inside a string with that much room, the mask allows the whole subtree without stepping it.
     */
    final int[] plainChars;

    private TokenTrie(byte[] label, int[] depth, int[] skip, int[] tokenStart, int[] tokens, byte[][] pieces) {
        this.label = label;
        this.depth = depth;
        this.skip = skip;
        this.tokenStart = tokenStart;
        this.tokens = tokens;
        this.pieces = pieces;
        int max = 0;
        for (int d : depth) {
            max = Math.max(max, d);
        }
        this.maxDepth = max;
        this.plainChars = plainChars();
    }

    private int[] plainChars() {
        int n = label.length;
        int[] chars = new int[n];
        int[] parent = new int[n];
        long[] positions = new long[maxDepth + 1]; // string position after the prefix of the node at each depth
        int[] path = new int[maxDepth + 1];
        JsonGrammar.Text content = new JsonGrammar.Text(0, Integer.MAX_VALUE);
        positions[0] = JsonMatcher.TextFrame.position(0, JsonMatcher.TextFrame.PLAIN, 0, 0);
        for (int i = 1; i < n; i++) {
            int d = depth[i];
            parent[i] = path[d - 1];
            path[d] = i;
            long before = positions[d - 1];
            long after = before < 0
                    ? JsonMatcher.TextFrame.REJECT
                    : JsonMatcher.TextFrame.next(content, before, label[i] & 0xFF);
            positions[d] = after;
            chars[i] = after < 0 ? -1 : (int) (after >>> 32);
        }
        // children follow their parent in preorder: fold subtrees bottom-up
        for (int i = n - 1; i >= 1; i--) {
            int p = parent[i];
            if (p > 0 && chars[p] >= 0) {
                chars[p] = chars[i] < 0 ? -1 : Math.max(chars[p], chars[i]);
            }
        }
        chars[0] = -1;
        return chars;
    }

    int vocabSize() {
        return pieces.length;
    }

    int size() {
        return label.length;
    }

    static TokenTrie of(Tokenizer tokenizer, Set<Integer> endTokens) {
        int vocab = tokenizer.vocabulary().size();
        byte[][] bytes = new byte[vocab][];
        Integer[] order = new Integer[vocab];
        int count = 0;
        for (int id = 0; id < vocab; id++) {
            bytes[id] = tokenizer.pieceBytes(id, false);
            if (bytes[id].length > 0 && !endTokens.contains(id)) {
                order[count++] = id;
            }
        }
        Integer[] sorted = Arrays.copyOf(order, count);
        Arrays.sort(sorted, (a, b) -> Arrays.compareUnsigned(bytes[a], bytes[b]));

        // preorder nodes: each token adds the nodes past its common prefix with the previous (sorted) token
        int capacity = 1;
        for (int i = 0; i < count; i++) {
            capacity += bytes[sorted[i]].length;
        }
        byte[] label = new byte[capacity];
        int[] depth = new int[capacity];
        int[] skip = new int[capacity];
        int[] owner = new int[capacity]; // token ending at the node, chained through nextToken; -1 none
        Arrays.fill(owner, -1);
        int[] nextToken = new int[vocab];
        int[] path = new int[64]; // path[d]: node at depth d on the current branch
        int[] open = new int[64]; // nodes whose subtree is still open, by depth
        int nodes = 1;
        byte[] previous = new byte[0];
        for (int i = 0; i < count; i++) {
            int id = sorted[i];
            byte[] b = bytes[id];
            if (b.length + 1 > path.length) {
                path = Arrays.copyOf(path, b.length * 2);
                open = Arrays.copyOf(open, b.length * 2);
            }
            int common = Arrays.mismatch(previous, b);
            if (common < 0) {
                common = b.length; // identical bytes: another token on the same node
            }
            // close the subtrees of the previous branch deeper than the common prefix
            for (int d = previous.length; d > common; d--) {
                skip[open[d]] = nodes;
            }
            for (int d = common + 1; d <= b.length; d++) {
                label[nodes] = b[d - 1];
                depth[nodes] = d;
                path[d] = nodes;
                open[d] = nodes;
                nodes++;
            }
            int node = b.length == 0 ? 0 : path[b.length];
            nextToken[id] = owner[node];
            owner[node] = id;
            previous = b;
        }
        for (int d = previous.length; d > 0; d--) {
            skip[open[d]] = nodes;
        }
        skip[0] = nodes;
        int[] tokenStart = new int[nodes + 1];
        int[] tokens = new int[count];
        int t = 0;
        for (int n = 0; n < nodes; n++) {
            tokenStart[n] = t;
            for (int id = owner[n]; id >= 0; id = nextToken[id]) {
                tokens[t++] = id;
            }
        }
        tokenStart[nodes] = t;
        return new TokenTrie(
                Arrays.copyOf(label, nodes),
                Arrays.copyOf(depth, nodes),
                Arrays.copyOf(skip, nodes),
                tokenStart,
                tokens,
                bytes);
    }
}
