package io.linli.provisioning;

import io.linli.api.Role;
import io.linli.api.TenantId;
import io.linli.i18n.LocalizedName;
import io.linli.provisioning.TenantDefinition.StaffDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Provisions tenants from their definition folders, and new empty tenants for the operator. One tenant's bad file
 * stops that tenant only.
 */
@ApplicationScoped
public class ProvisioningService {

  private static final Logger LOG = Logger.getLogger(ProvisioningService.class.getName());

  @Inject TenantProvisioner provisioner;

  private final TenantFileReader reader = new TenantFileReader();

  /** The outcome for one tenant folder: a report, or the problem that stopped it. */
  public record Outcome(String folder, ProvisioningReport report, TenantFileException problem) {
    public boolean succeeded() {
      return problem == null;
    }
  }

  /** Provisions every tenant folder under {@code tenantsDirectory}, each on its own. */
  public List<Outcome> provisionAll(Path tenantsDirectory, char[] demoPassword) {
    List<Outcome> outcomes = new ArrayList<>();
    try (Stream<Path> folders = Files.list(tenantsDirectory)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        outcomes.add(provisionFolder(folder, demoPassword));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + tenantsDirectory, e);
    }
    return outcomes;
  }

  /**
   * Provisions one tenant's folder under {@code tenantsDirectory} again, as after an edit.
   *
   * @return empty when there is no such folder
   */
  public Optional<Outcome> reprovision(Path tenantsDirectory, TenantId tenant, char[] demoPassword) {
    Path folder = tenantsDirectory.resolve(tenant.value());
    return Files.isDirectory(folder) ? Optional.of(provisionFolder(folder, demoPassword)) : Optional.empty();
  }

  /** Provisions one tenant folder; a malformed file is reported, not thrown. */
  public Outcome provisionFolder(Path folder, char[] demoPassword) {
    String name = folder.getFileName().toString();
    try {
      ProvisioningReport report = provisioner.provision(reader.read(folder), demoPassword);
      LOG.info(() -> "Provisioned tenant " + name + ", created " + report.created());
      return new Outcome(name, report, null);
    } catch (TenantFileException e) {
      LOG.log(Level.WARNING, "Tenant {0} not provisioned: {1}", new Object[] {name, e.getMessage()});
      return new Outcome(name, null, e);
    }
  }

  /**
   * Creates a new tenant with one tenant admin, as the operator asks.
   *
   * @throws TenantAlreadyExists when the slug is taken
   */
  public ProvisioningReport provisionNew(@Valid @NotNull NewTenant request) {
    TenantDefinition definition = new TenantDefinition(
        TenantId.of(request.id()),
        new LocalizedName(request.nameZh().trim(), request.nameEn()),
        request.theme(),
        List.of(),
        List.of(new StaffDefinition(request.adminUsername(), request.adminName(), Role.TENANT_ADMIN, null, null,
            List.of(), List.of(), List.of(), Set.of(), request.adminPassword().toCharArray())),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        TenantDefinition.SlaDefinition.none(),
        List.of(), null, null);
    return provisioner.provisionNew(definition);
  }
}
