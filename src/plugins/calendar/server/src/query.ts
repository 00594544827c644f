/**
 * `strapi.db.query` with row types from the generated schema: Strapi's own repository answers
 * `any`, so this narrows each call to the content type's fields plus the relations it populates.
 * Rows come from the query engine (ids are numbers); `select` is not reflected in the type.
 */
import type { Core, Data, Schema, UID } from '@strapi/strapi';

export type Populatable<T extends UID.ContentType> = Schema.PopulatableAttributeNames<T>;
type Params = NonNullable<Parameters<ReturnType<Core.Strapi['db']['query']>['findMany']>[0]>;
type Populate<P extends string> = P[] | { [K in P]?: unknown };
export type WithPopulate<P extends string> = Omit<Params, 'populate'> & { populate?: Populate<P> };

/** uid fields (slugs) are filled on every write (the content guard), so a row always has one. */
type UidNames<T extends UID.ContentType> = {
  [K in Schema.AttributeNames<T>]: Schema.Attributes<T>[K] extends { type: 'uid' } ? K : never;
}[Schema.AttributeNames<T>];
type Required<T extends UID.ContentType> = Extract<Schema.RequiredAttributeNames<T> | UidNames<T>, Schema.NonPopulatableAttributeNames<T>>;

/** A populated relation: the target's rows (a list for a to-many relation, else one or null). */
type Related<T extends UID.ContentType, K extends Populatable<T>> = Schema.Attributes<T>[K] extends {
  target: infer U extends UID.ContentType;
  relation: infer R;
}
  ? R extends `${string}ToMany` | `${string}Many`
    ? Row<U>[]
    : Row<U> | null
  : unknown;

/**
 * A query-engine row of `T`, with the relations `P` populated: required fields are never null,
 * and every row has its numeric id and timestamps.
 */
export type Row<T extends UID.ContentType, P extends Populatable<T> = never> = Data.Entity<T, Schema.NonPopulatableAttributeNames<T>> & {
  [K in Required<T>]-?: NonNullable<Data.Entity<T, K>[K]>;
} & { [K in P]: Related<T, K> } & { id: number; documentId: string; createdAt: Date | string; updatedAt: Date | string };

export interface Query<T extends UID.ContentType> {
  findOne<P extends Populatable<T> = never>(params?: WithPopulate<P>): Promise<Row<T, P> | null>;
  findMany<P extends Populatable<T> = never>(params?: WithPopulate<P>): Promise<Row<T, P>[]>;
  count(params?: Params): Promise<number>;
  create<P extends Populatable<T> = never>(params: WithPopulate<P>): Promise<Row<T, P>>;
  update<P extends Populatable<T> = never>(params: WithPopulate<P>): Promise<Row<T, P> | null>;
  updateMany(params: Params): Promise<{ count: number }>;
  delete(params: Params): Promise<Row<T> | null>;
  deleteMany(params?: Params): Promise<{ count: number }>;
}

export const query = <T extends UID.ContentType>(strapi: Core.Strapi, uid: T) => strapi.db.query(uid) as unknown as Query<T>;
