import type { Client, InStatement, Transaction, TransactionMode } from '@libsql/client';

/** A first-come, first-served lock for async work. */
class Mutex {
	#tail: Promise<void> = Promise.resolve();

	/** Waits for the lock and returns the function that gives it back. */
	async acquire(): Promise<() => void> {
		let release!: () => void;
		const next = new Promise<void>((resolve) => (release = resolve));
		const previous = this.#tail;
		this.#tail = previous.then(() => next);
		await previous;
		return release;
	}

	async run<T>(work: () => Promise<T>): Promise<T> {
		const release = await this.acquire();
		try {
			return await work();
		} finally {
			release();
		}
	}
}

const isRead = (sql: string) => /^\s*(select|with\b[\s\S]*?\bselect)\b/i.test(sql) && !/\b(insert|update|delete)\b/i.test(sql);
const sqlOf = (statement: InStatement) => (typeof statement === 'string' ? statement : statement.sql);

/**
 * The embedded database's driver is synchronous: a write that waits for SQLite's lock blocks the
 * whole event loop, so the transaction holding the lock (on another connection, in this same
 * process) can never finish, and both fail with SQLITE_BUSY after the busy timeout. Letting one
 * writer at a time into the database, queued in JavaScript, avoids that. Reads still run side
 * by side (WAL). Only used for `file:` databases; a libSQL server does its own locking.
 */
export function serializeWrites(client: Client): Client {
	const writer = new Mutex();

	const guardTransaction = async (mode?: TransactionMode): Promise<Transaction> => {
		const release = await writer.acquire();
		let tx: Transaction;
		try {
			tx = await client.transaction(mode);
		} catch (error) {
			release();
			throw error;
		}
		let released = false;
		const done = () => {
			if (!released) {
				released = true;
				release();
			}
		};
		return new Proxy(tx, {
			get(target, property, receiver) {
				if (property === 'commit' || property === 'rollback') {
					return async () => {
						try {
							return await target[property]();
						} finally {
							done();
						}
					};
				}
				if (property === 'close') {
					return () => {
						try {
							target.close();
						} finally {
							done();
						}
					};
				}
				const value = Reflect.get(target, property, receiver);
				return typeof value === 'function' ? value.bind(target) : value;
			}
		});
	};

	return new Proxy(client, {
		get(target, property, receiver) {
			if (property === 'execute') {
				return (statement: InStatement, args?: never) =>
					isRead(sqlOf(statement))
						? target.execute(statement as never, args)
						: writer.run(() => target.execute(statement as never, args));
			}
			if (property === 'batch' || property === 'migrate' || property === 'executeMultiple') {
				return (...args: unknown[]) => writer.run(() => (target[property] as (...a: unknown[]) => Promise<unknown>)(...args));
			}
			if (property === 'transaction') return guardTransaction;
			const value = Reflect.get(target, property, receiver);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}
