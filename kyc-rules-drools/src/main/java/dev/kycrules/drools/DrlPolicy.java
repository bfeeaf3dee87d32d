package dev.kycrules.drools;

import com.github.javaparser.ParseProblemException;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.kycrules.check.AttemptStats;
import dev.kycrules.check.DateComparison;
import dev.kycrules.check.NameComparison;
import dev.kycrules.check.NumberCheck;
import dev.kycrules.check.NumberComparison;
import dev.kycrules.check.RegistryLookup;
import dev.kycrules.decision.Evidence;
import dev.kycrules.drools.RuleDiagnostic.Severity;
import dev.kycrules.model.Applicant;
import dev.kycrules.model.DocumentCapture;
import dev.kycrules.model.DocumentData;
import dev.kycrules.model.FaceCapture;
import dev.kycrules.model.PartialDate;
import dev.kycrules.policy.EvaluationPolicy;
import dev.kycrules.rules.Findings;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;

/**
 * The allow-list for DRL files, checked on the parsed text before anything is compiled. Drools
 * has no sandbox, so a rule set may only use the fact model, the {@code policy} and
 * {@code findings} globals, {@link Evidence} and java.time / java.util value types; consequences
 * may only call {@code findings.raise(kcontext, evidence)}. Everything else is an error located at
 * its line. Also collects what the validator needs for its cross-file checks.
 */
final class DrlPolicy {
  /** Facts the engine inserts; a pattern on any other type can never match. */
  static final List<Class<?>> FACT_TYPES = List.of(Applicant.class, DocumentData.class, DocumentCapture.class,
      FaceCapture.class, NameComparison.class, DateComparison.class, NumberComparison.class, NumberCheck.class,
      RegistryLookup.class, AttemptStats.class, dev.kycrules.check.MrzCheck.class,
      dev.kycrules.check.DocumentFacts.class, dev.kycrules.check.FieldComparison.class);

  private static final List<String> ALLOWED_PACKAGES = List.of("dev.kycrules.model.", "dev.kycrules.check.",
      "dev.kycrules.decision.");
  private static final Set<String> ALLOWED_CLASSES = Set.of(
      EvaluationPolicy.class.getName(), Findings.class.getName(),
      "java.time.LocalDate", "java.time.LocalDateTime", "java.time.Instant", "java.time.Duration", "java.time.Period",
      "java.time.ZoneOffset", "java.time.DayOfWeek", "java.time.Month", "java.time.Year", "java.time.YearMonth",
      "java.time.temporal.ChronoUnit",
      "java.util.List", "java.util.Map", "java.util.Set", "java.util.Collection", "java.util.Optional",
      "java.util.Objects");
  /** java.lang types a rule may name; every other java.lang type (System, Runtime, Thread, Class...) is refused. */
  private static final Set<String> JAVA_LANG_ALLOWED = Set.of("String", "Math", "Integer", "Long", "Double",
      "Boolean", "Character", "Number", "CharSequence", "Comparable");
  private static final Set<String> FORBIDDEN_METHODS = Set.of("getClass", "forName", "getClassLoader", "loadClass",
      "newInstance", "invoke", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField",
      "getFields", "getDeclaredField", "getDeclaredFields", "getConstructor", "getDeclaredConstructor",
      "setAccessible", "exec", "exit", "halt", "getRuntime", "start", "run", "interrupt", "join", "sleep", "wait",
      "notify", "notifyAll", "lookup", "defineClass", "getResource", "getResourceAsStream", "getProperty",
      "getenv", "setProperty", "load", "loadLibrary", "gc", "getDeclaringClass", "getModule", "insert", "update",
      "modify", "retract", "delete", "getKieRuntime", "getKieBase", "getWorkingMemory", "getRule");
  /** Methods of value types (String, numbers, java.time, collections) a rule may call. */
  private static final Set<String> VALUE_METHODS = Set.of(
      "isEmpty", "isBlank", "length", "size", "contains", "containsAll", "containsKey", "containsValue", "get",
      "getOrDefault", "startsWith", "endsWith", "equals", "equalsIgnoreCase", "compareTo", "toUpperCase",
      "toLowerCase", "strip", "trim", "substring", "charAt", "indexOf", "matches", "name", "ordinal", "toString",
      "hashCode", "isPresent", "orElse", "isBefore", "isAfter", "isEqual", "plusDays", "plusWeeks", "plusMonths",
      "plusYears", "plusHours", "plusMinutes", "plusSeconds", "minusDays", "minusWeeks", "minusMonths",
      "minusYears", "minusHours", "minusMinutes", "minusSeconds", "getYear", "getMonthValue", "getDayOfMonth",
      "getDayOfWeek", "toLocalDate", "toDays", "toHours", "toMinutes", "between", "until", "of", "ofDays",
      "ofHours", "ofMinutes", "copyOf", "parse", "abs", "min", "max", "round", "floor", "ceil", "doubleValue",
      "intValue", "longValue", "valueOf", "isNull", "nonNull");
  private static final Set<String> ALLOWED_METHODS = allowedMethods();
  private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active",
      "activation-group", "enabled");
  private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io",
      "dev", "kotlin", "scala", "groovy");

  private DrlPolicy() {}

  /** A {@code policy.limit("KEY")} call in a rule, for the validator's key check. */
  record LimitRef(String key, int line, int column) {}

  /** One side of a band: {@code field > limit} (lower) or {@code field < limit} (upper). */
  record Bound(int pattern, String field, boolean lower, boolean inclusive, String key, Double value, int line,
      int column) {}

  /** What the validator needs to know about one rule. */
  record RuleInfo(String file, String name, int line, int column, String code, int codeLine,
      List<LimitRef> limits, List<Bound> bounds, String conditions) {}

  /** The outcome of checking one file: problems, and the rules it declares (empty when it did not parse). */
  record Result(List<RuleDiagnostic> diagnostics, List<RuleInfo> rules, boolean parsed) {}

  static Result check(String file, String text) {
    List<RuleDiagnostic> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    DrlParser parser = new DrlParser();
    PackageDescr pkg;
    try {
      pkg = parser.parse(false, text);
    } catch (DroolsParserException e) {
      out.add(new RuleDiagnostic(file, Math.max(e.getLineNumber(), 1), Math.max(e.getColumn(), 0) + 1,
          Severity.ERROR, "cannot parse: " + e.getMessage()));
      return new Result(out, List.of(), false);
    }
    if (parser.hasErrors() || pkg == null) {
      for (DroolsError e : parser.getErrors()) {
        int line = e instanceof ParserError pe ? pe.getRow() : (e.getLines().length > 0 ? e.getLines()[0] : 0);
        int col = e instanceof ParserError pe ? pe.getCol() + 1 : 0;
        String msg = e.getMessage() == null ? "syntax error" : e.getMessage().strip();
        if (msg.startsWith("Parser returned a null Package")) {
          continue;
        }
        out.add(new RuleDiagnostic(file, Math.max(line, 1), Math.max(col, 0), Severity.ERROR, "syntax error: "
            + msg.replaceFirst("^\\[ERR \\d+\\] Line \\d+:\\d+ ", "")));
      }
      if (out.isEmpty()) {
        out.add(new RuleDiagnostic(file, 1, 0, Severity.ERROR, "syntax error: the file could not be parsed"));
      }
      return new Result(out, List.of(), false);
    }
    Checker c = new Checker(file, lines, out);
    c.checkPackage(pkg);
    List<RuleInfo> rules = new ArrayList<>();
    for (RuleDescr r : pkg.getRules()) {
      rules.add(c.checkRule(r));
    }
    return new Result(out, rules, true);
  }

  private static Set<String> allowedMethods() {
    Set<String> names = new HashSet<>(VALUE_METHODS);
    List<Class<?>> classes = new ArrayList<>(FACT_TYPES);
    classes.addAll(List.of(EvaluationPolicy.class, Evidence.class, Findings.class, PartialDate.class));
    for (Class<?> c : classes) {
      for (Method m : c.getMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && m.getDeclaringClass() != Object.class) {
          names.add(m.getName());
        }
      }
    }
    names.removeAll(FORBIDDEN_METHODS);
    names.add("raise");
    return Set.copyOf(names);
  }

  /** Checks one parsed file; holds its imports for resolving simple type names. */
  private static final class Checker {
    private final String file;
    private final String[] lines;
    private final List<RuleDiagnostic> out;
    private final Map<String, String> imported = new java.util.HashMap<>();
    private boolean wildcard;

    Checker(String file, String[] lines, List<RuleDiagnostic> out) {
      this.file = file;
      this.lines = lines;
      this.out = out;
    }

    void error(int line, int column, String message) {
      out.add(new RuleDiagnostic(file, Math.max(line, 1), Math.max(column, 0), Severity.ERROR, message));
    }

    void warn(int line, int column, String message) {
      out.add(new RuleDiagnostic(file, Math.max(line, 1), Math.max(column, 0), Severity.WARNING, message));
    }

    void checkPackage(PackageDescr pkg) {
      for (ImportDescr i : pkg.getImports()) {
        String t = i.getTarget();
        boolean ok = ALLOWED_CLASSES.contains(t)
            || ALLOWED_PACKAGES.stream().anyMatch(p -> t.startsWith(p) && t.indexOf('.', p.length()) < 0);
        if (!ok) {
          error(i.getLine(), i.getColumn() + 1, "import " + t + " is not allowed: rules may import only"
              + " dev.kycrules.model.*, dev.kycrules.check.*, dev.kycrules.decision.* and java.time / java.util value types");
        } else if (t.endsWith(".*")) {
          wildcard = true;
        } else {
          imported.put(t.substring(t.lastIndexOf('.') + 1), t);
        }
      }
      for (FunctionImportDescr f : pkg.getFunctionImports()) {
        error(f.getLine(), f.getColumn() + 1, "import function " + f.getTarget() + " is not allowed");
      }
      for (GlobalDescr g : pkg.getGlobals()) {
        String type = resolve(g.getType());
        boolean ok = (g.getIdentifier().equals("policy") && EvaluationPolicy.class.getName().equals(type))
            || (g.getIdentifier().equals("findings") && Findings.class.getName().equals(type));
        if (!ok) {
          error(g.getLine(), g.getColumn() + 1, "global " + g.getType() + " " + g.getIdentifier()
              + " is not allowed: the only globals are 'dev.kycrules.policy.EvaluationPolicy policy' and"
              + " 'dev.kycrules.rules.Findings findings'");
        }
      }
      for (FunctionDescr f : pkg.getFunctions()) {
        error(f.getLine(), f.getColumn() + 1, "function " + f.getName()
            + " is not allowed: functions run arbitrary Java; compute values in constraints instead");
      }
      for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
        error(t.getLine(), t.getColumn() + 1, "declare " + t.getTypeName()
            + " is not allowed: rules work on the library's fact model");
      }
      if (!pkg.getEntryPointDeclarations().isEmpty() || !pkg.getWindowDeclarations().isEmpty()) {
        error(1, 0, "entry-point and window declarations are not allowed");
      }
      for (AttributeDescr a : pkg.getAttributes()) {
        if (!(a.getName().equals("dialect") && "java".equals(a.getValue()))) {
          error(a.getLine(), a.getColumn() + 1, "package attribute " + a.getName() + " is not allowed");
        }
      }
    }

    private String resolve(String type) {
      if (type.contains(".")) {
        return type;
      }
      return imported.getOrDefault(type, type);
    }

    RuleInfo checkRule(RuleDescr r) {
      int line = r.getLine();
      int col = r.getColumn() + 1;
      if (r.isQuery()) {
        error(line, col, "query " + r.getName() + " is not allowed");
      }
      for (AttributeDescr a : r.getAttributes().values()) {
        if (!ALLOWED_ATTRIBUTES.contains(a.getName())) {
          error(a.getLine(), a.getColumn() + 1, "rule \"" + r.getName() + "\": attribute " + a.getName()
              + " is not allowed (allowed: " + new java.util.TreeSet<>(ALLOWED_ATTRIBUTES) + ")");
        } else if (a.getName().equals("salience") && !a.getValue().strip().matches("-?\\d+")) {
          error(a.getLine(), a.getColumn() + 1, "rule \"" + r.getName() + "\": salience must be a whole number");
        }
      }
      String code = null;
      int codeLine = line;
      AnnotationDescr ann = r.getAnnotation("code");
      if (ann == null) {
        error(line, col, "rule \"" + r.getName() + "\" has no @code(\"...\"): every rule must declare the reason code it raises");
      } else {
        Object v = ann.getSingleValue();
        codeLine = ann.getLine() > 0 ? ann.getLine() : line;
        code = v == null ? null : v.toString().replaceAll("^\"|\"$", "");
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
          error(codeLine, ann.getColumn() + 1, "rule \"" + r.getName() + "\": @code must be a string such as \"DOC_IMAGE_BLURRY\"");
          code = null;
        }
      }
      List<LimitRef> limits = new ArrayList<>();
      List<Bound> bounds = new ArrayList<>();
      List<String> conditions = new ArrayList<>();
      int[] patternIndex = {0};
      walkLhs(r, r.getLhs(), limits, bounds, conditions, patternIndex);
      checkConsequence(r, limits);
      return new RuleInfo(file, r.getName(), line, col, code, codeLine, limits, bounds,
          String.join(" && ", conditions).replaceAll("\\s+", ""));
    }

    private void walkLhs(RuleDescr r, BaseDescr d, List<LimitRef> limits, List<Bound> bounds,
        List<String> conditions, int[] patternIndex) {
      if (d instanceof PatternDescr p) {
        int index = patternIndex[0]++;
        if (p.getSource() != null) {
          error(p.getLine(), p.getColumn() + 1, "rule \"" + r.getName()
              + "\": 'from', 'accumulate', 'collect' and entry points are not allowed; match the facts directly");
        }
        String type = p.getObjectType();
        checkType(type, p.getLine(), p.getColumn() + 1, "fact type");
        String simple = type.substring(type.lastIndexOf('.') + 1);
        if (FACT_TYPES.stream().noneMatch(c -> c.getSimpleName().equals(simple))) {
          warn(p.getLine(), p.getColumn() + 1, "rule \"" + r.getName() + "\" can never fire: " + simple
              + " is not a fact the engine inserts (" + FACT_TYPES.stream().map(Class::getSimpleName)
              .collect(Collectors.joining(", ")) + ")");
        }
        List<String> cs = new ArrayList<>();
        for (BaseDescr c : p.getDescrs()) {
          if (c instanceof ExprConstraintDescr e) {
            cs.add(e.getExpression());
            checkConstraint(r, e, index, limits, bounds);
          } else {
            error(c.getLine(), c.getColumn() + 1, "rule \"" + r.getName() + "\": unsupported constraint");
          }
        }
        java.util.Collections.sort(cs);
        conditions.add(simple + "(" + String.join(",", cs) + ")");
      } else if (d instanceof EvalDescr e) {
        error(e.getLine(), e.getColumn() + 1, "rule \"" + r.getName()
            + "\": eval(...) is not allowed; write the condition as a constraint on a fact");
      } else if (d instanceof ConditionalElementDescr ce) {
        String kind = d.getClass().getSimpleName().replace("Descr", "").toLowerCase(java.util.Locale.ROOT);
        if (!Set.of("and", "or", "not", "exists", "forall").contains(kind)) {
          error(d.getLine(), d.getColumn() + 1, "rule \"" + r.getName() + "\": '" + kind + "' is not allowed");
          return;
        }
        List<String> inner = new ArrayList<>();
        for (BaseDescr c : ce.getDescrs()) {
          walkLhs(r, c, limits, bounds, inner, patternIndex);
        }
        conditions.add(kind.equals("and") ? String.join(" && ", inner) : kind + "(" + String.join(",", inner) + ")");
      } else {
        error(d.getLine(), d.getColumn() + 1, "rule \"" + r.getName() + "\": " + d.getClass().getSimpleName()
            .replace("Descr", "") + " is not allowed");
      }
    }

    private void checkConstraint(RuleDescr r, ExprConstraintDescr c, int pattern, List<LimitRef> limits,
        List<Bound> bounds) {
      Expression expr;
      try {
        DrlxExpression x = DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(Set.of()),
            c.getExpression());
        expr = x.getExpr();
      } catch (RuntimeException e) {
        error(c.getLine(), c.getColumn() + 1, "rule \"" + r.getName() + "\": cannot parse constraint '"
            + c.getExpression().strip() + "'");
        return;
      }
      int line = c.getLine();
      int col = c.getColumn() + 1;
      checkExpression(r, expr, (token) -> find(token, line, col), limits);
      if (expr instanceof BinaryExpr b) {
        bound(b, pattern, line, col).ifPresent(bounds::add);
      }
    }

    private Optional<Bound> bound(BinaryExpr b, int pattern, int line, int col) {
      BinaryExpr.Operator op = b.getOperator();
      boolean less = op == BinaryExpr.Operator.LESS || op == BinaryExpr.Operator.LESS_EQUALS;
      boolean greater = op == BinaryExpr.Operator.GREATER || op == BinaryExpr.Operator.GREATER_EQUALS;
      if (!less && !greater) {
        return Optional.empty();
      }
      boolean inclusive = op == BinaryExpr.Operator.LESS_EQUALS || op == BinaryExpr.Operator.GREATER_EQUALS;
      String field = fieldName(b.getLeft());
      Expression limit = b.getRight();
      boolean lower = greater;
      if (field == null) {
        field = fieldName(b.getRight());
        limit = b.getLeft();
        lower = less;
      }
      if (field == null) {
        return Optional.empty();
      }
      String key = limitKey(limit);
      Double value = number(limit);
      if (key == null && value == null) {
        return Optional.empty();
      }
      return Optional.of(new Bound(pattern, field, lower, inclusive, key, value, line, col));
    }

    private static String fieldName(Expression e) {
      if (e instanceof NameExpr n && !n.getNameAsString().startsWith("$")) {
        return n.getNameAsString();
      }
      if (e.getClass().getSimpleName().equals("DrlNameExpr")) {
        String s = ((com.github.javaparser.ast.nodeTypes.NodeWithSimpleName<?>) e).getNameAsString();
        return s.startsWith("$") ? null : s;
      }
      return null;
    }

    private static String limitKey(Expression e) {
      if (e instanceof MethodCallExpr m && m.getNameAsString().equals("limit") && m.getArguments().size() == 1
          && m.getScope().map(s -> s instanceof NameExpr n && n.getNameAsString().equals("policy")).orElse(false)
          && m.getArgument(0) instanceof StringLiteralExpr s) {
        return s.getValue();
      }
      return null;
    }

    private static Double number(Expression e) {
      if (e instanceof DoubleLiteralExpr d) {
        return d.asDouble();
      }
      if (e instanceof IntegerLiteralExpr i) {
        return (double) i.asNumber().longValue();
      }
      return null;
    }

    private void checkConsequence(RuleDescr r, List<LimitRef> limits) {
      Object body = r.getConsequence();
      String text = body == null ? "" : body.toString();
      int thenLine = r.getConsequenceLine();
      BlockStmt block;
      try {
        block = StaticJavaParser.parseBlock("{" + text + "\n}");
      } catch (ParseProblemException e) {
        String msg = e.getProblems().isEmpty() ? "syntax error" : e.getProblems().get(0).getMessage().lines()
            .findFirst().orElse("syntax error");
        int at = e.getProblems().isEmpty() ? 0 : e.getProblems().get(0).getLocation()
            .flatMap(l -> l.getBegin().getRange()).map(rg -> rg.begin.line).orElse(0);
        error(thenLine + Math.max(at, 1), 0, "rule \"" + r.getName() + "\": the consequence is not valid Java: " + msg);
        return;
      }
      for (Statement s : block.getStatements()) {
        int line = thenLine + s.getBegin().map(p -> p.line).orElse(1);
        if (!(s instanceof ExpressionStmt es) || !isRaise(es.getExpression())) {
          String first = s.toString().lines().findFirst().orElse("").strip();
          error(line, column(line, first), "rule \"" + r.getName() + "\": a consequence may only call"
              + " findings.raise(kcontext, evidence); found: " + first);
          // still report forbidden calls inside it, with their own locations
        }
        checkExpression(r, s, token -> inConsequence(thenLine, s, token), limits);
      }
    }

    private static boolean isRaise(Expression e) {
      return e instanceof MethodCallExpr m && m.getNameAsString().equals("raise")
          && m.getScope().map(s -> s instanceof NameExpr n && n.getNameAsString().equals("findings")).orElse(false)
          && !m.getArguments().isEmpty() && m.getArguments().size() <= 2
          && m.getArgument(0) instanceof NameExpr k && k.getNameAsString().equals("kcontext");
    }

    private int[] inConsequence(int thenLine, Statement s, String token) {
      int start = thenLine + s.getBegin().map(p -> p.line).orElse(1);
      return find(token, start, 1);
    }

    /** Every node of a JavaParser or DRLX tree, including the children DRLX nodes keep to themselves. */
    private static List<Node> nodes(Node root) {
      List<Node> all = new ArrayList<>();
      java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
      Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      todo.add(root);
      while (!todo.isEmpty()) {
        Node n = todo.poll();
        if (!seen.add(n)) {
          continue;
        }
        all.add(n);
        todo.addAll(n.getChildNodes());
        for (Class<?> c = n.getClass(); c != null && c.getName().startsWith("org.drools."); c = c.getSuperclass()) {
          for (Method m : c.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || m.getParameterCount() != 0 || !m.getName().startsWith("get")
                || m.getName().startsWith("getParent")) {
              continue;
            }
            try {
              Object v = m.invoke(n);
              if (v instanceof Optional<?> o) {
                v = o.orElse(null);
              }
              if (v instanceof Node child) {
                todo.add(child);
              } else if (v instanceof NodeList<?> list) {
                list.forEach(todo::add);
              }
            } catch (ReflectiveOperationException | RuntimeException ignored) {
              // a getter that does not apply to this node
            }
          }
        }
      }
      return all;
    }

    private void checkExpression(RuleDescr r, Node root, java.util.function.Function<String, int[]> where,
        List<LimitRef> limits) {
      String rule = "rule \"" + r.getName() + "\": ";
      for (Node n : nodes(root)) {
        if (n instanceof ObjectCreationExpr || n instanceof ArrayCreationExpr) {
          at(where, "new", rule + "'new' is not allowed; build evidence with Evidence.of/field/metric");
        } else if (n instanceof LambdaExpr || n instanceof MethodReferenceExpr || n instanceof TypeExpr) {
          at(where, n instanceof LambdaExpr ? "->" : "::", rule + "lambdas and method references are not allowed");
        } else if (n instanceof ClassExpr) {
          at(where, ".class", rule + "class literals (reflection) are not allowed");
        } else if (n instanceof AssignExpr) {
          at(where, "=", rule + "assignments are not allowed");
        } else if (n instanceof ThisExpr || n instanceof SuperExpr || n instanceof SwitchExpr) {
          at(where, n instanceof SwitchExpr ? "switch" : n instanceof ThisExpr ? "this" : "super",
              rule + "'" + (n instanceof SwitchExpr ? "switch" : n instanceof ThisExpr ? "this" : "super")
                  + "' is not allowed");
        } else if (n instanceof MethodCallExpr m) {
          call(rule, m.getNameAsString(), where);
          if (m.getNameAsString().equals("limit") && m.getArguments().size() == 1) {
            String key = limitKey(m);
            if (key == null) {
              at(where, "limit", rule + "policy.limit(...) takes a literal key such as \"DOC_IMAGE_BLURRY\"");
            } else {
              int[] p = where.apply("\"" + key + "\"");
              limits.add(new LimitRef(key, p[0], p[1]));
            }
          }
        } else if (n instanceof NullSafeMethodCallExpr m) {
          call(rule, m.getNameAsString(), where);
        } else if (n instanceof NameExpr || n.getClass().getSimpleName().equals("DrlNameExpr")) {
          String name = ((com.github.javaparser.ast.nodeTypes.NodeWithSimpleName<?>) n).getNameAsString();
          if (name.equals("drools")) {
            at(where, "drools", rule + "'drools' gives access to the engine and is not allowed; use findings.raise(kcontext, ...)");
          } else if (name.equals("kcontext") && !isRaiseArgument(n)) {
            at(where, "kcontext", rule + "kcontext may only be passed to findings.raise");
          } else if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))
              && !(n.getParentNode().orElse(null) instanceof FieldAccessExpr f && isQualifiedName(f))) {
            String problem = typeProblem(name);
            if (problem != null) {
              at(where, name, rule + problem);
            }
          }
        } else if (n instanceof FieldAccessExpr f && !(n.getParentNode().orElse(null) instanceof FieldAccessExpr)
            && isQualifiedName(f)) {
          String dotted = dotted(f);
          String type = qualifiedType(dotted);
          String problem = type == null ? null : typeProblem(type);
          if (problem != null) {
            at(where, type.substring(0, type.indexOf('.') < 0 ? type.length() : type.indexOf('.')), rule + problem);
          }
        } else if (n instanceof ClassOrInterfaceType t) {
          String problem = typeProblem(t.getNameWithScope());
          if (problem != null) {
            at(where, t.getNameAsString(), rule + problem);
          }
        }
      }
    }

    private static boolean isRaiseArgument(Node n) {
      return n.getParentNode().orElse(null) instanceof MethodCallExpr m && m.getNameAsString().equals("raise")
          && !m.getArguments().isEmpty() && m.getArgument(0) == n;
    }

    private static boolean isQualifiedName(FieldAccessExpr f) {
      Node root = f;
      while (root instanceof FieldAccessExpr x) {
        root = x.getScope();
      }
      return root instanceof NameExpr n && PACKAGE_ROOTS.contains(n.getNameAsString());
    }

    private static String dotted(Expression e) {
      if (e instanceof FieldAccessExpr f) {
        return dotted(f.getScope()) + "." + f.getNameAsString();
      }
      return e instanceof NameExpr n ? n.getNameAsString() : "?";
    }

    /** The type in a dotted name: everything up to the first segment starting with a capital. */
    private static String qualifiedType(String dotted) {
      String[] parts = dotted.split("\\.");
      StringBuilder b = new StringBuilder();
      for (String p : parts) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(p);
        if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))) {
          return b.toString();
        }
      }
      return null;
    }

    private void call(String rule, String name, java.util.function.Function<String, int[]> where) {
      if (FORBIDDEN_METHODS.contains(name)) {
        at(where, name, rule + "calling " + name + "(...) is not allowed (it reaches the engine, reflection,"
            + " class loading, threads or the process)");
      } else if (!ALLOWED_METHODS.contains(name)) {
        at(where, name, rule + "method " + name + "(...) is not on the allow-list (fact accessors, policy.*,"
            + " findings.raise, Evidence.*, and value methods such as isBefore, plusDays, isEmpty, contains, size);"
            + " check the spelling");
      }
    }

    /** Null when a rule may name {@code type}; otherwise why not. */
    private String typeProblem(String type) {
      if (type.contains(".")) {
        boolean ok = ALLOWED_CLASSES.contains(type)
            || ALLOWED_PACKAGES.stream().anyMatch(p -> type.startsWith(p) && type.indexOf('.', p.length()) < 0)
            || (type.startsWith("java.lang.") && JAVA_LANG_ALLOWED.contains(type.substring("java.lang.".length())));
        return ok ? null : "type " + type + " is not allowed in rules (only the fact model, Evidence and java.time / java.util value types)";
      }
      if (imported.containsKey(type) || JAVA_LANG_ALLOWED.contains(type) || type.equals("Findings")
          || type.equals("EvaluationPolicy")) {
        return null;
      }
      if (javaLang(type)) {
        return "type " + type + " (java.lang." + type + ") is not allowed in rules: it reaches the JVM, reflection,"
            + " class loading, threads or the process";
      }
      return wildcard ? null : "type " + type + " is not imported; import it from dev.kycrules.model, dev.kycrules.check or dev.kycrules.decision";
    }

    private static boolean javaLang(String simple) {
      try {
        Class.forName("java.lang." + simple, false, DrlPolicy.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }

    private void checkType(String type, int line, int col, String what) {
      String problem = typeProblem(type);
      if (problem != null) {
        error(line, col, problem);
      }
    }

    private final Set<String> reported = new LinkedHashSet<>();

    private void at(java.util.function.Function<String, int[]> where, String token, String message) {
      int[] p = where.apply(token);
      if (reported.add(p[0] + ":" + p[1] + ":" + message)) {
        error(p[0], p[1], message);
      }
    }

    /** The first occurrence of {@code token} at or after line/column (1-based); the start itself when absent. */
    private int[] find(String token, int line, int col) {
      for (int i = Math.max(line, 1) - 1; i < lines.length && i < line + 40; i++) {
        int from = i == line - 1 ? Math.max(col - 1, 0) : 0;
        int at = lines[i].indexOf(token, Math.min(from, lines[i].length()));
        if (at >= 0) {
          return new int[] {i + 1, at + 1};
        }
      }
      return new int[] {line, col};
    }

    private int column(int line, String text) {
      if (line - 1 < lines.length && line >= 1) {
        int at = lines[line - 1].indexOf(text.length() > 20 ? text.substring(0, 20) : text);
        return at < 0 ? 1 : at + 1;
      }
      return 0;
    }
  }
}
