package dev.xborder.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagesTest {
    @Test
    void fetchesOnlyWhenAskedAndStopsAtTheLastPage() {
        List<String> asked = new ArrayList<>();
        Pages<Integer> pages = Pages.of(cursor -> {
            asked.add(String.valueOf(cursor));
            int n = cursor == null ? 0 : Integer.parseInt(cursor);
            return new Page<>(List.of(n, n + 1), n < 4 ? String.valueOf(n + 2) : null);
        });
        assertThat(asked).isEmpty();
        assertThat(pages.next().items()).containsExactly(0, 1);
        assertThat(asked).containsExactly("null");
        assertThat(pages.items().toList()).containsExactly(2, 3, 4, 5);
        assertThat(asked).containsExactly("null", "2", "4");
        assertThat(pages.hasNext()).isFalse();
    }
}
