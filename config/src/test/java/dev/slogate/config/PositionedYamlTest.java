package dev.slogate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slogate.config.YamlNode.ListNode;
import dev.slogate.config.YamlNode.MapNode;
import dev.slogate.config.YamlNode.Position;
import dev.slogate.config.YamlNode.ScalarNode;
import dev.slogate.config.YamlNode.ScalarType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PositionedYamlTest {

  private static final String PROFILE = """
      name: shop
      routes:
        - method: GET
          latency: { fixed: 1ms }
      labels:
        app.kubernetes.io/name: web
      """;

  @Test
  void keepsThePositionOfEveryKeyAndValue() {
    List<YamlNode> documents = PositionedYaml.readAll(PROFILE);
    assertEquals(1, documents.size());
    MapNode root = (MapNode) documents.get(0);
    assertEquals(new Position(1, 1), root.position());
    assertEquals(new Position(2, 1), root.entries().get("routes").keyPosition());
    ListNode routes = (ListNode) root.entries().get("routes").value();
    assertEquals(new Position(3, 5), routes.items().get(0).position());
    ScalarNode name = (ScalarNode) root.entries().get("name").value();
    assertEquals(new ScalarNode(new Position(1, 7), "shop", ScalarType.STRING), name);
  }

  @Test
  void findsAndLocatesPathsWrittenEitherWay() {
    YamlNode root = PositionedYaml.readAll(PROFILE).get(0);
    assertEquals(Optional.of(new Position(4, 16)), PositionedYaml.find(root, "routes[0].latency.fixed"));
    assertEquals(Optional.of(new Position(4, 16)), PositionedYaml.find(root, List.of("routes", 0, "latency", "fixed")));
    assertEquals(Optional.of(new Position(6, 3)), PositionedYaml.find(root, "labels.app.kubernetes.io/name"));
    assertEquals(Optional.empty(), PositionedYaml.find(root, "routes[0].path"));
    assertEquals(new Position(3, 5), PositionedYaml.locate(root, "routes[0].path"), "a missing key: its mapping");
    assertEquals(new Position(3, 5), PositionedYaml.locate(root, List.of("routes", 0, "path")));
    assertEquals(new Position(1, 1), PositionedYaml.locate(root, "nowhere.at.all"));
  }

  @Test
  void readsEveryDocumentAndNoneFromComments() {
    assertEquals(2, PositionedYaml.readAll("a: 1\n---\nb: 2\n").size());
    assertEquals(List.of(), PositionedYaml.readAll("# nothing\n"));
  }

  @Test
  void refusesARepeatedKeyNamingBothPlaces() {
    YamlProblem problem = assertThrows(YamlProblem.class,
        () -> PositionedYaml.readAll("name: x\nroutes:\n  - path: /a\n    path: /b\n"));
    assertEquals(YamlProblem.Kind.DUPLICATE_KEY, problem.kind());
    assertEquals("path", problem.key());
    assertEquals("routes[0].path", problem.path());
    assertEquals(new Position(4, 5), problem.position());
    assertEquals(Optional.of(new Position(3, 5)), problem.first());
    assertEquals("4:5: routes[0].path: duplicate key 'path' (first at line 3)", problem.getMessage());
  }

  @Test
  void refusesAnAliasInOneLineRatherThanReadingItAsText() {
    YamlProblem problem = assertThrows(YamlProblem.class,
        () -> PositionedYaml.readAll("base: &b 100ms\nlimits:\n  - *b\n"));
    assertEquals(YamlProblem.Kind.ALIAS, problem.kind());
    assertEquals("3:5: limits[0]: YAML aliases such as *b are not supported; write the value out", problem.getMessage());
    assertFalse(problem.getMessage().contains("\n"));
    assertEquals(0, problem.getStackTrace().length);
  }

  @Test
  void reportsSyntaxErrorsWithTheParsersWordsAndPlace() {
    YamlProblem problem = assertThrows(YamlProblem.class, () -> PositionedYaml.readAll("name: x\n\troutes: []\n"));
    assertEquals(YamlProblem.Kind.SYNTAX, problem.kind());
    assertEquals(new Position(2, 1), problem.position());
    assertEquals(Optional.of("while scanning for the next token"), problem.context());
  }

  @Test
  void readsThePrefixOfABrokenTextForPositions() {
    String broken = "name: x\nroutes:\n  - method: GET\n    latncy:\n  fixed: 1ms\n";
    assertThrows(YamlProblem.class, () -> PositionedYaml.readAll(broken));
    YamlNode root = PositionedYaml.readPrefix(broken).get(0);
    assertEquals(Optional.of(new Position(4, 5)), PositionedYaml.find(root, "routes[0].latncy"));
    assertEquals(List.of(), PositionedYaml.readPrefix("\troutes: []\n"));
  }
}
