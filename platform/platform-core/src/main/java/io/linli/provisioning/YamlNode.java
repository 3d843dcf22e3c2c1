package io.linli.provisioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML node that knows its file, line and path, so that every reading error can name them. Built on SnakeYAML
 * Engine's composed node tree, which keeps the position of each node.
 */
final class YamlNode {

  private final String file;
  private final String path;
  private final Node node;

  YamlNode(String file, String path, Node node) {
    this.file = file;
    this.path = path;
    this.node = node;
  }

  int line() {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  String path() {
    return path;
  }

  TenantFileException error(String problem) {
    return new TenantFileException(file, line(), path.isEmpty() ? "(document)" : path, problem);
  }

  Map<String, YamlNode> fields() {
    if (!(node instanceof MappingNode mapping)) {
      throw error("must be a mapping of fields");
    }
    Map<String, YamlNode> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw error("field names must be plain text");
      }
      String name = key.getValue();
      fields.put(name, new YamlNode(file, path.isEmpty() ? name : path + "." + name, tuple.getValueNode()));
    }
    return fields;
  }

  Optional<YamlNode> optional(String field) {
    return Optional.ofNullable(fields().get(field)).filter(n -> !n.isNull());
  }

  YamlNode required(String field) {
    return optional(field).orElseThrow(() -> childError(field, "is required"));
  }

  TenantFileException childError(String field, String problem) {
    return new TenantFileException(file, line(), path.isEmpty() ? field : path + "." + field, problem);
  }

  private boolean isNull() {
    return node instanceof ScalarNode scalar && (scalar.getValue().isEmpty() || "~".equals(scalar.getValue())
        || "null".equals(scalar.getValue())) && scalar.getScalarStyle() == ScalarStyle.PLAIN;
  }

  String text() {
    if (!(node instanceof ScalarNode scalar)) {
      throw error("must be a single value");
    }
    String value = scalar.getValue().trim();
    if (value.isEmpty()) {
      throw error("must not be empty");
    }
    return value;
  }

  String text(String field) {
    return required(field).text();
  }

  Optional<String> optionalText(String field) {
    return optional(field).map(YamlNode::text);
  }

  List<YamlNode> list() {
    if (!(node instanceof SequenceNode sequence)) {
      throw error("must be a list");
    }
    List<YamlNode> items = new ArrayList<>();
    for (int i = 0; i < sequence.getValue().size(); i++) {
      items.add(new YamlNode(file, path + "[" + i + "]", sequence.getValue().get(i)));
    }
    return items;
  }

  List<YamlNode> list(String field) {
    return optional(field).map(YamlNode::list).orElse(List.of());
  }

  List<String> texts(String field) {
    return list(field).stream().map(YamlNode::text).toList();
  }
}
