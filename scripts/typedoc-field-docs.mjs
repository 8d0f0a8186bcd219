import ts from 'typescript';
import { Comment, Converter, ReflectionKind } from 'typedoc';

/**
 * A TypeDoc plugin that documents the fields of the tables from their
 * specs. A record type such as `Household` is inferred from its table's
 * fields, so each of its properties is declared by a field builder call,
 * `householdId: field.key('户编号', { description: '…' })`, whose header
 * and description are the field's documentation. Writing them again as
 * JSDoc would make two sources that could disagree.
 *
 * @param {import('typedoc').Application} app
 */
export function load(app) {
  app.converter.on(
    Converter.EVENT_CREATE_DECLARATION,
    (context, reflection) => {
      if (!reflection.kindOf(ReflectionKind.Property)) return;
      if (reflection.hasComment()) return;

      const symbol = context.getSymbolFromReflection(reflection);
      const node = symbol?.declarations?.[0];
      if (!node || !ts.isPropertyAssignment(node)) return;
      if (!ts.isCallExpression(node.initializer)) return;

      const field = fieldOf(node.initializer, context.checker, 0);
      if (field.header && field.description) {
        const text = `${field.header}: ${field.description}`;
        reflection.comment = new Comment([{ kind: 'text', text }]);
        // The builder call is not a default value, and "= ..." would say it is.
        reflection.defaultValue = undefined;
      }
    },
  );
}

/**
 * The header and description a field builder call gives: the header is
 * its first string; the description is its `description` option, or its
 * second string in a shorthand such as `yuan('工资性收入', 'Wage income.')`.
 * A shorthand that takes no header, `idNumber()`, is followed into its
 * body, where an option that is one of its parameters takes the argument.
 *
 * @param {ts.CallExpression} call
 * @param {ts.TypeChecker} checker
 * @param {number} depth
 * @returns {{ header?: string; description?: string }}
 */
function fieldOf(call, checker, depth) {
  const strings = call.arguments.filter(ts.isStringLiteralLike);
  const option = call.arguments
    .filter(ts.isObjectLiteralExpression)
    .map((options) => descriptionOption(options))
    .find((found) => found !== undefined);

  const header = call.arguments[0];
  const own = {
    header: header && ts.isStringLiteralLike(header) ? header.text : undefined,
    description:
      option && ts.isStringLiteralLike(option)
        ? option.text
        : strings[header && ts.isStringLiteralLike(header) ? 1 : 0]?.text,
  };
  if ((own.header && own.description) || depth > 2) return own;

  const inner = shorthandBody(call, checker);
  if (!inner) return own;

  const deeper = fieldOf(inner.body, checker, depth + 1);
  const passed = inner.body.arguments
    .filter(ts.isObjectLiteralExpression)
    .map((options) => descriptionOption(options))
    .find((found) => found !== undefined);
  const index =
    passed && ts.isIdentifier(passed)
      ? inner.parameters.indexOf(passed.text)
      : -1;
  const argument = call.arguments[index];

  return {
    header: own.header ?? deeper.header,
    description:
      deeper.description ??
      (argument && ts.isStringLiteralLike(argument)
        ? argument.text
        : own.description),
  };
}

/**
 * The `description` option of an object literal: its value, or the
 * identifier of a shorthand property.
 *
 * @param {ts.ObjectLiteralExpression} options
 * @returns {ts.Expression | undefined}
 */
function descriptionOption(options) {
  for (const property of options.properties) {
    if (property.name?.getText() !== 'description') continue;
    if (ts.isPropertyAssignment(property)) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property)) return property.name;
  }

  return undefined;
}

/**
 * The call an arrow-function shorthand returns, with its parameters'
 * names, when the call's callee is one.
 *
 * @param {ts.CallExpression} call
 * @param {ts.TypeChecker} checker
 * @returns {{ body: ts.CallExpression; parameters: string[] } | undefined}
 */
function shorthandBody(call, checker) {
  if (!ts.isIdentifier(call.expression)) return undefined;

  const symbol = checker.getSymbolAtLocation(call.expression);
  const declaration = symbol?.declarations?.[0];
  if (!declaration || !ts.isVariableDeclaration(declaration)) return undefined;

  const arrow = declaration.initializer;
  if (!arrow || !ts.isArrowFunction(arrow)) return undefined;
  if (!ts.isCallExpression(arrow.body)) return undefined;

  return {
    body: arrow.body,
    parameters: arrow.parameters.map((parameter) => parameter.name.getText()),
  };
}
