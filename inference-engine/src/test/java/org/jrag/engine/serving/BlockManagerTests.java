package org.jrag.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BlockManagerTests {
    private static final int[] TOKENS = {1, 2, 3, 4, 5, 6, 7, 8};

    @Test
    void allocatesUntilEmptyAndReusesReleasedBlocks() {
        BlockManager m = new BlockManager(3, 4);

        int a = m.allocate();
        int b = m.allocate();
        int c = m.allocate();

        assertThat(new int[] {a, b, c}).containsExactly(0, 1, 2);
        assertThat(m.allocate()).isEqualTo(-1);
        assertThat(m.used()).isEqualTo(3);
        m.release(b);
        assertThat(m.available()).isEqualTo(1);
        assertThat(m.allocate()).isEqualTo(b);
    }

    @Test
    void findsRegisteredBlockByHashAndCountsReferences() {
        BlockManager m = new BlockManager(4, 4);
        int b = m.allocate();
        long h = BlockManager.hash(0, TOKENS, 0, 4);
        m.register(b, h, TOKENS, 0);

        int found = m.lookup(h, TOKENS, 0);

        assertThat(found).isEqualTo(b);
        assertThat(m.refCount(b)).isEqualTo(2);
        assertThat(m.lookup(BlockManager.hash(0, TOKENS, 4, 4), TOKENS, 4)).isEqualTo(-1);
    }

    @Test
    void keepsReleasedCachedBlocksFindableUntilEvicted() {
        BlockManager m = new BlockManager(2, 4);
        int b = m.allocate();
        long h = BlockManager.hash(0, TOKENS, 0, 4);
        m.register(b, h, TOKENS, 0);

        m.release(b);

        assertThat(m.used()).isZero();
        assertThat(m.cachedFree()).isEqualTo(1);
        assertThat(m.lookup(h, TOKENS, 0)).isEqualTo(b);
        assertThat(m.cachedFree()).isZero();
        assertThat(m.used()).isEqualTo(1);
    }

    @Test
    void evictsLeastRecentlyUsedCachedBlockOnlyWhenFreeListIsEmpty() {
        BlockManager m = new BlockManager(3, 4);
        int x = m.allocate();
        int y = m.allocate();
        long hx = BlockManager.hash(0, TOKENS, 0, 4);
        long hy = BlockManager.hash(0, TOKENS, 4, 4);
        m.register(x, hx, TOKENS, 0);
        m.register(y, hy, TOKENS, 4);
        m.release(x);
        m.release(y);

        int fresh = m.allocate();
        int evicted = m.allocate();

        assertThat(fresh).isEqualTo(2);
        assertThat(evicted).isEqualTo(x);
        assertThat(m.lookup(hx, TOKENS, 0)).isEqualTo(-1);
        assertThat(m.lookup(hy, TOKENS, 4)).isEqualTo(y);
    }

    @Test
    void refusesLookupWhenTokensDifferDespiteEqualHash() {
        BlockManager m = new BlockManager(2, 4);
        int b = m.allocate();
        m.register(b, 42L, TOKENS, 0);

        assertThat(m.lookup(42L, TOKENS, 4)).isEqualTo(-1);
        assertThat(m.refCount(b)).isEqualTo(1);
    }

    @Test
    void hashChainDependsOnParent() {
        assertThat(BlockManager.hash(1, TOKENS, 0, 4)).isNotEqualTo(BlockManager.hash(2, TOKENS, 0, 4));
        assertThat(BlockManager.hash(1, TOKENS, 0, 4)).isEqualTo(BlockManager.hash(1, new int[] {1, 2, 3, 4}, 0, 4));
    }

    @Test
    void keepsFirstBlockForAPrefixRegisteredTwice() {
        BlockManager m = new BlockManager(2, 4);
        int a = m.allocate();
        int b = m.allocate();
        long h = BlockManager.hash(0, TOKENS, 0, 4);
        m.register(a, h, TOKENS, 0);
        m.register(b, h, TOKENS, 0);

        m.release(b);

        assertThat(m.cachedFree()).isZero();
        assertThat(m.available()).isEqualTo(1);
        assertThat(m.lookup(h, TOKENS, 0)).isEqualTo(a);
    }

    @Test
    void rejectsReleaseOfFreeBlock() {
        BlockManager m = new BlockManager(2, 4);

        assertThatThrownBy(() -> m.release(1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("block 1 is not allocated");
        assertThatThrownBy(() -> new BlockManager(0, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("numBlocks must be > 0, got: 0");
    }
}
