package io.linli.people;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a technician's few skills as one comma-separated column. */
@Converter
public class SkillsConverter implements AttributeConverter<Set<Skill>, String> {

  @Override
  public String convertToDatabaseColumn(Set<Skill> skills) {
    return skills == null || skills.isEmpty()
        ? null
        : skills.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  @Override
  public Set<Skill> convertToEntityAttribute(String column) {
    EnumSet<Skill> skills = EnumSet.noneOf(Skill.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(",")).map(Skill::valueOf).forEach(skills::add);
    }
    return skills;
  }
}
