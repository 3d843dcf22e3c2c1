package io.linli.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.junit.jupiter.api.Test;

class TenantEntityManagerTest {

  /** An EntityManager that only keeps its properties, as a transaction's would. */
  private final Map<String, Object> properties = new HashMap<>();
  private final EntityManager transactionEntityManager = (EntityManager) Proxy.newProxyInstance(
      getClass().getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> switch (method.getName()) {
        case "getProperties" -> properties;
        case "setProperty" -> properties.put((String) args[0], args[1]);
        default -> throw new UnsupportedOperationException(method.getName());
      });

  @Test
  void the_first_use_in_a_transaction_binds_its_tenant() {
    TenantEntityManager.bind(transactionEntityManager, "huayuan");

    assertThat(properties).containsEntry(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, "huayuan");
  }

  @Test
  void the_same_tenant_may_use_the_transaction_again() {
    TenantEntityManager.bind(transactionEntityManager, "huayuan");

    assertThat(TenantEntityManager.bind(transactionEntityManager, "huayuan")).isSameAs(transactionEntityManager);
  }

  @Test
  void a_transaction_that_served_one_tenant_refuses_another() {
    TenantEntityManager.bind(transactionEntityManager, "huayuan");

    assertThatThrownBy(() -> TenantEntityManager.bind(transactionEntityManager, "lanting"))
        .isInstanceOf(TenantSwitchInTransaction.class)
        .hasMessageContaining("huayuan");
    assertThat(properties).containsEntry(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, "huayuan");
  }
}
