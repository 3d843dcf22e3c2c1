package io.linli.provisioning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a small, valid tenant folder; each {@code with…} method spoils or changes one thing. */
final class TenantFolderBuilder {

  private String slug = "testco";
  private String yaml = """
      slug: %s
      name: {zh: 测试物业, en: Test Property}
      theme: huayuan
      regions:
        - code: east
          name: {zh: 东区}
          projects:
            - code: garden
              name: {zh: 花园小区}
              address: 测试路 1 号
              buildings:
                - code: "1"
                  name: {zh: 1号楼}
      staff:
        - username: admin
          name: 王建国
          role: TENANT_ADMIN
        - username: steward.garden
          name: 李娜
          role: BUILDING_STEWARD
          projects: [garden]
          buildings: [garden/1]
        - username: tech.garden
          name: 张强
          role: TECHNICIAN
          projects: [garden]
          skills: [plumbing, electrical]
      committees:
        - project: garden
          committee: OWNERS_COMMITTEE
          phone: "13900000001"
        - project: garden
          committee: RESIDENTS_COMMITTEE
          name: 赵秀英
          phone: "13700000001"
      """;
  private final List<String> households = new ArrayList<>(List.of(
      "project,building,unit,floor_area,owner_name,owner_phone",
      "garden,1,1-101,89.50,张伟,13900000001",
      "garden,1,1-102,120.00,刘芳,13900000002"));

  TenantFolderBuilder slug(String slug) {
    this.slug = slug;
    return this;
  }

  /** Replaces the first occurrence of {@code text} in tenant.yaml. */
  TenantFolderBuilder replacing(String text, String replacement) {
    if (!yaml.contains(text)) {
      throw new IllegalArgumentException("tenant.yaml has no " + text);
    }
    yaml = yaml.replaceFirst(java.util.regex.Pattern.quote(text), java.util.regex.Matcher.quoteReplacement(replacement));
    return this;
  }

  TenantFolderBuilder household(String csvLine) {
    households.add(csvLine);
    return this;
  }

  Path writeInto(Path parent) {
    Path folder = parent.resolve(slug);
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("tenant.yaml"), yaml.formatted(slug), StandardCharsets.UTF_8);
      Files.write(folder.resolve("households.csv"), households, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }
}
