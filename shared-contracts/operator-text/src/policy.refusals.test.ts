import * as operatorText from './index';

/** Every way text reaches an operator refuses `text` whole, with a plain replacement. */
function expectRefused(text: string) {
  expect(operatorText.isSafeForOperators(text)).toBe(false);
  expect(operatorText.findLeaks(text).length).toBeGreaterThan(0);
  expect(operatorText.guardOptionalText(text)).toBeNull();
  expect(operatorText.guardMessage(text, 'storage')).toBe(operatorText.CATEGORY_MESSAGES.storage);
  expect(operatorText.guardMessage(text)).toBe(operatorText.CATEGORY_MESSAGES.unknown);
  expect(operatorText.guardActionableSteps([text], 'network')).toEqual(
    operatorText.CATEGORY_STEPS.network,
  );
  expect(operatorText.guardStepName(text)).toBeNull();
}

/*
 * "What got past the guard": a review of the previous guard, in the real DOM, as an operator.
 * Each row is one disguise; each must be refused.
 */
describe('what got past the guard is refused', () => {
  describe('other spellings of tool and component names', () => {
    it.each([
      'V2V conversion failed',
      'VirtV2V failed',
      'virtv2v exited early',
      'Virt-V2V conversion failed',
      'VIRT_V2V failed',
      'v i r t i o driver error',
      'V 2 V conversion failed',
      'V1rtIO driver error',
      'v1rt10 driver error',
      'VlRTlO driver error',
      'Virt IO driver error',
      'Virt.IO driver error',
      'virt/io driver error',
      'virt%2Dv2v failed',
      'virt%252Dv2v failed',
      'virt&#45;v2v failed',
      'virt&#x2d;v2v failed',
      'virt&hyphen;v2v failed',
      '%76irtio driver error',
      '&#86;irtIO driver error',
      'QEMU crashed',
      'q e m u crashed',
      'n . b . d . k . i . t could not connect',
      'qemu-img convert failed',
      'nbdkit could not connect',
      'NBD kit could not connect',
      'Export nbd0 is gone',
      'libvirt: domain not found',
      'Lib Virt domain not found',
      'L1bv1rt domain not found',
      'CloudStack rejected the request',
      'Cloud Stack rejected the request',
      'C1oudStack rejected the request',
      'Legacy Cloudstack Snapshot Rollback',
      'virt-customize failed',
      'guestfish exited',
      'The SNA did not answer',
      'SBC may have crashed',
      'VMA unreachable',
      'Volume Daemon did not respond',
      'Linstor resource busy',
      'Installing viostor/netkvm',
    ])('%j', expectRefused);
  });

  describe('invisible, format, bidi-control, variation-selector and combining characters', () => {
    it.each([
      ['a combining grapheme joiner (U+034F)', 'Vir\u034ftIO driver error'],
      ['first strong isolate (U+2068)', 'Vir\u2068tIO\u2069 driver error'],
      ['left-to-right isolate (U+2066)', '\u2066VirtIO\u2069 driver error'],
      ['right-to-left isolate (U+2067)', '\u2067oItriV\u2069 driver error'],
      ['a right-to-left override that shows "virtio"', '\u202eoitriv\u202c driver error'],
      ['a right-to-left override on plain text', '\u202eStorage volume access error'],
      ['a variation selector (U+FE0F)', 'VirtIO\ufe0f driver error'],
      ['a variation selector (U+FE00)', 'Vir\ufe00tIO driver error'],
      ['an ideographic variation selector (U+E0100)', 'Vir\u{e0100}tIO driver error'],
      ['a combining dot', 'Virti\u0307o driver error'],
      ['a combining acute accent on plain text', 'Ze\u0301ro volumes found'],
      ['a combining long stroke', 'v\u0336irtio driver error'],
      ['a zero-width space', 'Vir\u200btIO driver error'],
      ['a zero-width joiner', 'Vir\u200dtIO driver error'],
      ['a word joiner', 'Vir\u2060tIO driver error'],
      ['a soft hyphen', 'Vir\u00adtIO driver error'],
      ['a byte order mark', '\ufeffDriver installation failed'],
      ['a Mongolian vowel separator', 'Vir\u180etIO driver error'],
      ['a Hangul filler', 'Vir\u3164tIO driver error'],
      ['a non-breaking hyphen', 'virt\u2011v2v failed'],
      ['an ideographic space', 'Virt\u3000IO driver error'],
      ['a control character', 'Storage\u0007 volume access error'],
    ])('%s', (_name, text) => expectRefused(text));
  });

  describe('letters outside the Latin script and look-alikes', () => {
    it.each([
      ['Cyrillic і and о', 'vіrtіо driver error'],
      ['Cyrillic е in qemu', 'qеmu crashed'],
      ['Greek Ι and Ο', 'VirtΙΟ driver error'],
      ['full-width letters', 'ＶｉｒｔＩＯ driver error'],
      ['mathematical bold letters', '𝐕𝐢𝐫𝐭𝐈𝐎 driver error'],
      ['small capitals', 'ᴠɪʀᴛɪᴏ driver error'],
      ['a dotless i', 'vırtıo driver error'],
      ['a Roman numeral', 'Ⅴirtio driver error'],
      ['Cyrillic text', 'Ошибка установки драйвера'],
      ['Arabic text', 'فشل تثبيت برنامج التشغيل'],
      ['Hebrew text', 'ההתקנה נכשלה'],
      ['Japanese text', 'ドライバーのインストールに失敗しました'],
      ['full-width digits', 'Failed at step ３ of ５'],
      ['a fraction slash for a path', '⁄dev⁄vdc is busy'],
      ['a division slash for a path', '∕dev∕vdc is busy'],
    ])('%s', (_name, text) => expectRefused(text));
  });

  describe('identifiers and addresses', () => {
    it.each([
      'Job 3F2504E0-4F89-11D3-9A0C-0305E82C3301 failed',
      'Job 3f2504e0-4f89-11d3-9a0c-0305e82c3301 failed',
      'Job 3F2504E04F8911D39A0C0305E82C3301 failed',
      'Job job-20251003-140728 failed',
      'Volume 7c9e6679 is busy',
      'Host 10.0.0.5 did not answer',
      'Host 10.0.0.5:8082 did not answer',
      'Host fe80::1 did not answer',
      'Host 2001:db8::8a2e:370:7334 did not answer',
      'Host [2001:db8::1]:8443 did not answer',
      'Host oma.local did not answer',
      'Host vcenter.example.com did not answer',
      'Host VCENTER01.CORP did not answer',
      'Host sna-01.lab.internal did not answer',
      'Host vcenter01:443 did not answer',
      'Host localhost did not answer',
      'Mail admin@example.com for help',
      'Open https://oma.example/api/v1 to check',
      'Target iqn.2010-10.org.openstack:volume-abc is gone',
      'Disk naa.600508b1001c3a5b9f2d4e6f7a8b9c0d is gone',
      'Disk eui.0123456789abcdef is gone',
      'Adapter 00:1a:2b:3c:4d:5e is down',
    ])('%j', expectRefused);
  });

  describe('device names and paths', () => {
    it.each([
      'Failed at /dev/vdc',
      'Disk vdc is busy',
      'Disk xvdb is busy',
      'Disk sdb1 is busy',
      'Disk hda is busy',
      'Disk nvme1n1 is busy',
      'Disk dm-3 is busy',
      'Disk loop0 is busy',
      'Disk md0 is busy',
      'Disk mpatha is busy',
      'Disk PhysicalDrive1 is busy',
      'Disk scsi0:1 is busy',
      'Disk by-id link missing',
      'Cannot open /var/lib/migratekit/disk0.raw',
      'Missing C:\\Windows\\System32\\drivers',
      'Share \\\\fileserver\\images is gone',
      'Script ./inject.sh failed',
      'Could not write disk-0.vmdk',
    ])('%j', expectRefused);
  });

  describe('SQL and database errors', () => {
    it.each([
      "Error 1062: Duplicate entry 'pgtest1' for key 'PRIMARY'",
      'sql: no rows in result set',
      'Record not found',
      'SELECT * FROM vm_replication_contexts WHERE id = 5',
      'Deadlock found when trying to get lock; try restarting transaction',
      'Relation "failover_jobs" does not exist',
      'Database said SQLSTATE 23505',
      "Table 'migratekit_oma.jobs' doesn't exist",
      'Lock wait timeout exceeded',
      'MySQL server has gone away',
      'database is locked',
    ])('%j', expectRefused);
  });

  describe('platform API errors', () => {
    it.each([
      'CloudStack API error 431 (CSExceptionErrorCode: 4350): Unable to find volume',
      'Failed with errorcode 530 and cserrorcode 9999',
      'Unable to execute API command deployvirtualmachine due to invalid value',
      'listVirtualMachines returned nothing',
      'The platform API returned status 530',
      'Request failed with HTTP 503',
    ])('%j', expectRefused);
  });

  describe('gRPC and Go error chains', () => {
    it.each([
      'rpc error: code = Unavailable desc = connection error',
      'Call failed with code = DeadlineExceeded',
      'context deadline exceeded',
      'Request failed: context canceled',
      'x509: certificate signed by unknown authority',
      'Certificate signed by unknown authority',
      'dial tcp: connect: connection refused',
      'Read tcp timed out: i/o timeout',
      'failed to attach volume: volume attachment failed: timeout',
      'Attach failed: volume attachment failed: timeout',
      'unexpected EOF',
      'open failed: ENOENT',
    ])('%j', expectRefused);
  });

  describe('stack frames', () => {
    it.each([
      'goroutine 1 [running]:',
      'main.main()',
      'Failed in engine.go:212',
      'panic: runtime error: invalid memory address',
      'at com.cloud.api.ApiServer.handleRequest(ApiServer.java:123)',
      'at java.lang.Thread.run(Thread.java:748)',
      'Exception in thread main java.lang.NullPointerException',
      '    at convert (/app/convert.js:10:5)',
      'Traceback (most recent call last): boom',
      'File "inject.py", line 3, in main',
      'Stopped in (*Job).Run(...) +0x1d',
    ])('%j', expectRefused);
  });

  describe('quoted values and dumps', () => {
    it.each([
      "Unexpected value 'abc-123'",
      "State is 'cleanup_required'",
      'Unexpected value "pgtest1"',
      'Got map[status:failed code:500]',
      'Got &{Status:failed Code:500}',
      "Got {'error': 'boom'}",
      'Raw body {"error": "boom"}',
      '[{"code":500,"message":"boom"}]',
      'Failed: [object Object]',
      'Issue: undefined',
      'Progress NaN%',
      'Value <nil>',
      'Value %!v(MISSING)',
    ])('%j', expectRefused);
  });

  describe('HTML error pages', () => {
    it.each([
      '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
      '<!DOCTYPE html><p>Error</p>',
      '502 Bad Gateway',
      'Service Unavailable',
      '503 Service Temporarily Unavailable openresty/1.21.4',
      '<b>Storage</b> volume access error',
      '&lt;b&gt;Storage&lt;/b&gt; volume access error',
    ])('%j', expectRefused);
  });

  describe('secret-looking strings', () => {
    it.each([
      'Login failed, password=hunter2',
      'Token: 0123456789abcdef',
      'Sent Authorization: Bearer abcdefghijklmnop',
      'Key AKIAIOSFODNN7EXAMPLE was rejected',
      'Header eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0 was rejected',
      'Key aGVsbG8gd29ybGQgdGhpcyBpcyBTZWNyZXQ1 was rejected',
      'Use api_key=xyz',
      '-----BEGIN RSA PRIVATE KEY-----',
    ])('%j', expectRefused);
  });

  it('refuses a dump longer than any message', () => {
    expectRefused(`Disk copy failed ${'a-'.repeat(10_000)}`);
  });

  it('names what it refused', () => {
    expect(operatorText.findLeaks('Vir\u200btIO failed at /dev/vdc')).toEqual(
      expect.arrayContaining(['U+200B', 'VirtIO', '/dev/vdc']),
    );
    expect(operatorText.findLeaks('virt%2Dv2v failed')).toEqual(expect.arrayContaining(['%2D']));
  });
});
