package org.ridercoop.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.membership.control.ShareCap;

class ShareCapTest {

    @Test
    void exactlyThirtyPercentIsAllowedOneShareMoreIsNot() {
        // 3 of 10 shares = 30%: allowed
        assertThat(ShareCap.firstOverCap(shares(3, 3, 2, 1, 1))).isEmpty();
        // 4 of 11 shares = 36%: over
        assertThat(ShareCap.firstOverCap(shares(4, 3, 2, 1, 1))).contains("m0");
    }

    @Test
    void theCapIsOfAllSharesSoOthersLeavingCanPushAHolderOver() {
        Map<String, Integer> before = shares(3, 3, 2, 1, 1);
        before.remove("m4");
        before.remove("m3");
        // 3 of 8 = 37.5%
        assertThat(ShareCap.firstOverCap(before)).contains("m0");
    }

    @Test
    void largeNumbersDoNotOverflow() {
        assertThat(ShareCap.firstOverCap(shares(Integer.MAX_VALUE / 4, Integer.MAX_VALUE / 4, Integer.MAX_VALUE / 4,
                Integer.MAX_VALUE / 4))).isEmpty();
    }

    private static Map<String, Integer> shares(int... counts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            map.put("m" + i, counts[i]);
        }
        return map;
    }
}
