package io.linli.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linli.api.TenantId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class TenantContextTest {

  private static final TenantId HUAYUAN = TenantId.of("huayuan");
  private static final TenantId LANTING = TenantId.of("lanting");

  @Test
  void tenant_data_cannot_be_reached_with_no_tenant_bound() {
    assertThatThrownBy(TenantContext::require).isInstanceOf(NoTenantBoundException.class);
  }

  @Test
  void a_scope_binds_its_tenant_until_closed() {
    try (var scope = TenantContext.open(HUAYUAN)) {
      assertThat(TenantContext.require()).isEqualTo(HUAYUAN);
    }
    assertThat(TenantContext.current()).isEmpty();
  }

  @Test
  void a_nested_scope_gives_back_the_outer_tenant_when_it_closes() {
    try (var outer = TenantContext.open(HUAYUAN)) {
      try (var inner = TenantContext.open(LANTING)) {
        assertThat(TenantContext.require()).isEqualTo(LANTING);
      }
      assertThat(TenantContext.require()).isEqualTo(HUAYUAN);
    }
  }

  @Test
  void another_thread_does_not_see_this_threads_tenant() throws Exception {
    try (var scope = TenantContext.open(HUAYUAN)) {
      Optional<TenantId> seenElsewhere = CompletableFuture.supplyAsync(TenantContext::current).get();
      assertThat(seenElsewhere).isEmpty();
    }
  }

  @Test
  void a_tenant_id_must_be_a_slug() {
    assertThatThrownBy(() -> TenantId.of("Hua Yuan")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TenantId.of("x")).isInstanceOf(IllegalArgumentException.class);
  }
}
