import fc from 'fast-check';

/*
 * Identifiers and diagnostics as raw backend errors carry them: each family a generator of its
 * own, with random parts, so a test can tell which family got through.
 */

/*
 * Characters picked from a set: fc.stringMatching would do, but building one costs
 * milliseconds, and body generators build these for every field.
 */
const charsOf = (set: string, minLength: number, maxLength = minLength) =>
  fc.string({ unit: fc.constantFrom(...set), minLength, maxLength });
const HEX = '0123456789abcdef';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const UPPER = LOWER.toUpperCase();
const hex = (length: number) => charsOf(HEX, length);
const label = () =>
  fc.tuple(charsOf(LOWER, 1), charsOf(LOWER + DIGITS, 2, 8)).map(([first, rest]) => first + rest);
const word = () =>
  fc.constantFrom('volume', 'disk', 'attach', 'detach', 'snapshot', 'request', 'sync', 'copy');

/** A sentence around a fragment, with the words real errors put before and after. */
const around = (fragment: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(
        '',
        'Failed: ',
        'Volume ',
        'Could not reach ',
        'Error at ',
        'Operation failed (',
      ),
      fragment,
      fc.constantFrom('', '.', ' failed', ' is not available', ')', ' - retry later'),
    )
    .map(([before, text, after]) => `${before}${text}${after}`);

/** "Volume 3F2504E0-4F89-11D3-9A0C-0305E82C3301 …": UUIDs in upper case. */
const upperCaseUuid = () => around(fc.uuid().map((uuid) => uuid.toUpperCase()));

/** IPv6 addresses: full, compressed, link-local with a zone, bracketed with a port, loopback. */
const ipv6 = () =>
  around(
    fc
      .tuple(
        fc.array(hex(4), { minLength: 8, maxLength: 8 }),
        fc.nat(),
        fc.integer({ min: 1024, max: 65535 }),
      )
      .map(([groups, form, port]) => {
        const g = (index: number) => (groups[index] ?? '0').replace(/^0+(?=.)/, '');
        switch (form % 5) {
          case 0:
            return groups.join(':');
          case 1:
            return `2001:db8::${g(1)}:${g(2)}`;
          case 2:
            return `fe80::${g(3)}:${g(4)}%eth0`;
          case 3:
            return `[2001:db8::${g(5)}]:${port}`;
          default:
            return '::1';
        }
      }),
  );

const TOP_LEVEL = ['internal', 'local', 'lan', 'corp', 'example.com', 'cloud', 'net'] as const;

/** Host names: "oma01.prod.internal", "vcenter.corp.example.com". */
const hostName = () =>
  around(
    fc
      .tuple(label(), fc.option(label(), { nil: undefined }), fc.constantFrom(...TOP_LEVEL))
      .map(([host, zone, top]) => [host, zone, top].filter(Boolean).join('.')),
  );

/** "oma01.lan:8082", "sna-gw:9443", "10.0.100.5:443": a host and a port. */
const hostAndPort = () =>
  around(
    fc
      .tuple(
        fc.oneof(
          label(),
          fc.tuple(label(), fc.constantFrom(...TOP_LEVEL)).map(([host, top]) => `${host}.${top}`),
          fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([a, b, c]) => `10.${a}.${b}.${c}`),
        ),
        fc.oneof(
          fc.constantFrom(443, 8082, 8443, 9443, 3306, 5432),
          fc.integer({ min: 1024, max: 65535 }),
        ),
      )
      .map(([host, port]) => `${host}:${port}`),
  );

/** iSCSI qualified names, NAA / EUI identifiers and WWNs. */
const storageName = () =>
  around(
    fc.oneof(
      fc.uuid().map((uuid) => `iqn.2010-10.org.openstack:volume-${uuid}`),
      hex(12).map((serial) => `iqn.1994-05.com.redhat:${serial}`),
      hex(32).map((id) => `naa.${id}`),
      hex(16).map((id) => `naa.${id}`),
      hex(16).map((id) => `eui.${id}`),
      hex(16).map((id) => `wwn-0x${id}`),
    ),
  );

/** Block devices, with and without /dev: "/dev/sdb", "vdc", "nvme0n1p2", "xvda1", "nbd3", "dm-2". */
const deviceName = () =>
  around(
    fc
      .tuple(
        fc.constantFrom('sd', 'vd', 'xvd'),
        fc.constantFrom('a', 'b', 'c', 'd', 'f', 'aa'),
        fc.option(fc.integer({ min: 1, max: 15 }), { nil: undefined }),
        fc.nat(9),
        fc.boolean(),
      )
      .chain(([prefix, letter, partition, n, withDev]) =>
        fc.constantFrom(
          `${withDev ? '/dev/' : ''}${prefix}${letter}${partition ?? ''}`,
          `${withDev ? '/dev/' : ''}nvme${n}n1${partition ? `p${partition}` : ''}`,
          `nbd${n}`,
          `loop${n}`,
          `dm-${n}`,
          `/dev/mapper/vg${n}-root`,
          `/dev/disk/by-id/scsi-${n}600`,
        ),
      ),
  );

/** File paths, Unix and Windows, with generated names. */
const filePath = () =>
  around(
    fc
      .tuple(
        fc.constantFrom('/var/lib', '/var/log', '/etc', '/opt', '/tmp', '/usr/share', '/home/oma'),
        label(),
        fc.constantFrom('log', 'conf', 'qcow2', 'vmdk', 'json', 'sh', 'xml'),
        fc.nat(3),
      )
      .map(([root, name, extension, form]) => {
        if (form === 0) return `${root}/migratekit/${name}.${extension}`;
        if (form === 1) return `C:\\Windows\\Temp\\${name}.${extension}`;
        if (form === 2) return `\\\\fileserver\\${name}\\images`;
        return `./${name}/${name}.${extension}`;
      }),
  );

/** SQL statements and database errors, as MySQL, MariaDB and PostgreSQL drivers word them. */
const databaseError = () =>
  fc
    .tuple(label(), fc.integer({ min: 1, max: 99_999 }))
    .chain(([name, n]) =>
      fc.constantFrom(
        `Error 1062: Duplicate entry '${name}' for key 'vm_name'`,
        `Error 1146: Table 'migratekit.${name}' doesn't exist`,
        `pq: duplicate key value violates unique constraint "${name}_pkey"`,
        'sql: no rows in result set',
        `failed to update job ${n}: Deadlock found when trying to get lock; try restarting transaction`,
        `ERROR: relation "${name}" does not exist (SQLSTATE 42P01)`,
        `SELECT * FROM vm_replication_contexts WHERE vm_name = '${name}'`,
        `Error 1213: Lock wait timeout exceeded; try restarting transaction`,
        'database is locked',
      ),
    );

/** CloudStack API errors, as its client library and the API itself report them. */
const cloudStackError = () =>
  fc
    .tuple(
      fc.constantFrom(431, 432, 530, 533, 534),
      fc.integer({ min: 4200, max: 9999 }),
      fc.uuid(),
    )
    .chain(([code, csCode, id]) =>
      fc.constantFrom(
        `CloudStack API error ${code} (CSExceptionErrorCode: ${csCode}): Unable to execute API command deployvirtualmachine due to invalid value`,
        `errorcode: ${code}, cserrorcode: ${csCode}, errortext: Failed to attach volume`,
        `listVirtualMachines returned ${code}: entity ${id} not found`,
        `Async job ${id} failed: jobresultcode ${code}`,
        `(HTTP ${code}, error code ${csCode}) Volume is not in Ready state`,
        `attachVolume failed: com.cloud.exception.InvalidParameterValueException: Volume ${id} is attached`,
      ),
    );

const CHAIN_CAUSES = [
  'context deadline exceeded',
  'context canceled',
  'x509: certificate signed by unknown authority',
  'tls: failed to verify certificate: x509: certificate has expired or is not yet valid',
  'rpc error: code = Unavailable desc = connection error',
  'rpc error: code = DeadlineExceeded desc = context deadline exceeded',
  'dial tcp 10.0.100.5:9443: connect: connection refused',
  'read tcp 10.0.100.9:52114->10.0.100.5:443: read: connection reset by peer',
  'unexpected EOF',
  'lookup oma.internal on 127.0.0.53:53: no such host',
] as const;

/** gRPC and Go error chains: "failed to attach: rpc error: code = … desc = …". */
const errorChain = () =>
  fc
    .tuple(
      fc.array(
        fc
          .tuple(fc.constantFrom('failed to', 'cannot', 'unable to'), word())
          .map((parts) => parts.join(' ')),
        { minLength: 0, maxLength: 3 },
      ),
      fc.constantFrom(...CHAIN_CAUSES),
    )
    .map(([wrappers, cause]) => [...wrappers, cause].join(': '));

/** Go panics and stack frames. */
const goStack = () =>
  fc
    .tuple(fc.integer({ min: 1, max: 900 }), hex(6), fc.integer({ min: 10, max: 2000 }))
    .chain(([goroutine, address, line]) =>
      fc.constantFrom(
        `panic: runtime error: invalid memory address or nil pointer dereference\ngoroutine ${goroutine} [running]:`,
        `main.(*Migrator).Run(0xc000${address})\n\t/build/oma/failover.go:${line} +0x1a5`,
        `github.com/vexxhost/migratekit/internal/vmware.(*Client).Wait(...)`,
        `failover.go:${line}: step failed`,
        `goroutine ${goroutine} [chan receive, 5 minutes]:`,
      ),
    );

/** Java exceptions and stack frames, as the CloudStack management server logs them. */
const javaStack = () =>
  fc
    .tuple(fc.integer({ min: 10, max: 4000 }), fc.integer({ min: 2, max: 90 }))
    .chain(([line, more]) =>
      fc.constantFrom(
        `at com.cloud.api.ApiServer.handleRequest(ApiServer.java:${line})`,
        'java.lang.NullPointerException',
        `Caused by: com.cloud.exception.InsufficientCapacityException: Unable to create a deployment`,
        `\tat org.apache.cloudstack.engine.orchestration.VolumeOrchestrator.attach(VolumeOrchestrator.java:${line})\n\t... ${more} more`,
        'Exception in thread "main" java.lang.IllegalStateException',
      ),
    );

/** Values dumped with single quotes: Python reprs, quoted keys, argument tuples. */
const singleQuotedDump = () =>
  fc
    .tuple(label(), fc.integer({ min: 100, max: 599 }))
    .chain(([name, code]) =>
      fc.constantFrom(
        `{'error': 'volume busy', 'code': ${code}}`,
        `['vdc', 'vdd']`,
        `'status': 'failed', 'vm': '${name}'`,
        `failed with args=('attach', '${name}')`,
        `response={'errortext': 'Unable to attach'}`,
      ),
    );

/** Go value dumps: "map[code:409 …]", "&{ID:42 …}". */
const mapDump = () =>
  fc
    .tuple(label(), fc.integer({ min: 1, max: 999 }))
    .chain(([name, n]) =>
      fc.constantFrom(
        `map[code:${n} error:volume busy]`,
        `map[string]interface {}{"vm":"${name}"}`,
        `&{ID:${n} Name:${name} State:failed}`,
        `{VolumeID:${name} State:attached}`,
      ),
    );

/** HTML error pages from a proxy, raw or as their text reads once rendered. */
const htmlErrorPage = () =>
  fc
    .tuple(
      fc.constantFrom(
        '502 Bad Gateway',
        '503 Service Temporarily Unavailable',
        '504 Gateway Time-out',
        '500 Internal Server Error',
      ),
      fc.constantFrom('nginx/1.18.0', 'nginx/1.24.0', 'Apache/2.4.57', 'openresty/1.21.4'),
    )
    .chain(([status, server]) =>
      fc.constantFrom(
        `<html><head><title>${status}</title></head><body><center><h1>${status}</h1></center><hr><center>${server}</center></body></html>`,
        `<!DOCTYPE html><html><body><p>${status}</p></body></html>`,
        `${status} ${server}`,
      ),
    );

/** Secret-looking strings: passwords, bearer tokens, JWTs, access keys, private keys. */
const secret = () =>
  fc
    .tuple(
      charsOf(LOWER + UPPER + DIGITS, 8, 16),
      charsOf(`${LOWER}${UPPER}${DIGITS}_-`, 12, 24),
      charsOf(UPPER + DIGITS, 16),
      charsOf(LOWER + UPPER + DIGITS, 30, 40),
    )
    .chain(([short, part, keyId, long]) =>
      fc.constantFrom(
        `password=${short}!`,
        `Authorization: Bearer ${part}.${part}`,
        `token eyJhbGciOiJIUzI1NiJ9.${part}.${part}`,
        `api_key: AKIA${keyId}`,
        `ghp_${long}`,
        '-----BEGIN RSA PRIVATE KEY-----',
        `secret: ${short}`,
        `client_secret=${part}`,
      ),
    );

/** Raw replication errors the issue saw on screen, with ids generated. */
const rawReplicationError = () =>
  fc
    .tuple(
      fc.integer({ min: 1_600_000_000, max: 1_900_000_000 }),
      fc.constantFrom(400, 404, 500, 502),
      fc.integer({ min: 1, max: 59 }),
    )
    .chain(([seconds, status, minutes]) =>
      fc.constantFrom(
        `SNA polling failed: SNA progress API error (status ${status}) for job job-${seconds}: job not found`,
        `Job stalled - no telemetry for ${minutes}m0s (SBC may have crashed)`,
        `Legacy Cloudstack Snapshot Rollback`,
      ),
    );

/** Built once: arbitraries are immutable, and body generators ask for these per field. */
const once = <T>(build: () => fc.Arbitrary<T>): (() => fc.Arbitrary<T>) => {
  let built: fc.Arbitrary<T> | undefined;
  return () => {
    built ??= build();
    return built;
  };
};

/** The families of identifiers and diagnostics, each a generator of messages holding one. */
export const IDENTIFIER_AND_DIAGNOSTIC_FAMILIES = {
  'upper-case UUID': once(upperCaseUuid),
  'IPv6 address': once(ipv6),
  'host name': once(hostName),
  'host and port': once(hostAndPort),
  'IQN / NAA name': once(storageName),
  'device name': once(deviceName),
  'file path': once(filePath),
  'database error': once(databaseError),
  'CloudStack API error': once(cloudStackError),
  'gRPC / Go error chain': once(errorChain),
  'Go stack frame': once(goStack),
  'Java stack frame': once(javaStack),
  'single-quoted dump': once(singleQuotedDump),
  'map dump': once(mapDump),
  'HTML error page': once(htmlErrorPage),
  'secret-looking string': once(secret),
  'raw replication error': once(rawReplicationError),
} as const satisfies Record<string, () => fc.Arbitrary<string>>;

/** One family of identifiers or diagnostics. */
export type IdentifierOrDiagnosticFamily = keyof typeof IDENTIFIER_AND_DIAGNOSTIC_FAMILIES;

/** A message holding an identifier or a diagnostic, any family. */
export const identifierOrDiagnostic = once(() =>
  fc.oneof(...Object.values(IDENTIFIER_AND_DIAGNOSTIC_FAMILIES).map((family) => family())),
);
