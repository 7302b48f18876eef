/**
 * Creation and verification of the single DynamoBao table ({@code LAYOUT.md} §2): the expected
 * layout ({@link dev.dynamobao.engine.internal.schema.TableLayout}), the comparison of an existing
 * table with it ({@link dev.dynamobao.engine.internal.schema.TableLayoutComparator}) and the
 * {@link dev.dynamobao.schema.SchemaManager} that talks to DynamoDB
 * ({@link dev.dynamobao.engine.internal.schema.TableSchemaManager}).
 */
package dev.dynamobao.engine.internal.schema;
