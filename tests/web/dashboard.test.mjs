// Browser tests of the dashboard in a real Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core): a server this script starts
// on loopback with the demo history, signed in as hr, oversight and a head
// of puskesmas. Every page is opened and screenshotted into --out; the
// checks below fail the run with a message. Usage:
//   node dashboard.test.mjs --server build/syncserver/pantau-server --out build/screenshots/web
import { chromium } from "playwright-core";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import net from "node:net";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const serverBinary = args.server;
const out = args.out ?? "screenshots";
const browserPath = args.chromium ?? "/usr/bin/chromium";
mkdirSync(out, { recursive: true });

let failures = 0;
let passed = 0;
function check(condition, what) {
  if (condition) {
    passed++;
  } else {
    failures++;
    console.error(`FAILED: ${what}`);
  }
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const folder = mkdtempSync(join(tmpdir(), "pantau-web-"));
const store = `sqlite:${join(folder, "central.db")}`;
const admin = (...words) => JSON.parse(execFileSync(serverBinary, [...words, "--store", store, "--json"], { encoding: "utf8" }));
const demo = admin("demo-data");
const login = Object.fromEntries(demo.web_logins.map((l) => [l.role, l]));
const units = Object.fromEntries(demo.units.map((u) => [u.name, u.id]));
const ownUnit = units["UPT Puskesmas Sukamaju"];
const otherUnit = units["UPT Puskesmas Cibeureum"];
// Every employee's name and NIP, to prove the public page shows none.
const staff = JSON.parse(execFileSync(serverBinary, ["export", "--type", "attendance", "--format", "json", "--store", store], { encoding: "utf8", maxBuffer: 1 << 28 }));
const names = new Set(staff.rows.map((r) => r.employee_name));
const nips = new Set(staff.rows.map((r) => r.nip));

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(serverBinary, ["serve", "--store", store, "--listen", `127.0.0.1:${port}`], { stdio: "ignore" });
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`${base}/v1/health`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 100));
}

const browser = await chromium.launch({ executablePath: browserPath, args: ["--no-sandbox"] });
// What the screen shows (name.png), and the whole page (name-full.png).
async function shot(page, name) {
  await page.screenshot({ path: join(out, `${name}.png`) });
  await page.screenshot({ path: join(out, `${name}-full.png`), fullPage: true });
}
async function signIn(context, who, password) {
  const page = await context.newPage();
  await page.goto(`${base}/masuk`);
  await page.fill("input[name=login]", who);
  await page.fill("input[name=password]", password);
  const [response] = await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
  return { page, response };
}

try {
  // The public page: no sign-in, aggregates only.
  {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const response = await page.goto(`${base}/publik`);
    check(response.status() === 200, "the public page answers without a sign-in");
    const text = await page.innerText("body");
    check(text.includes("IKM"), "the public page shows the IKM");
    check(![...names].some((n) => n && text.includes(n)), "the public page shows no employee's name");
    check(![...nips].some((n) => n && text.includes(n)) && !/\d{18}/.test(text), "the public page shows no NIP");
    await shot(page, "public");
    await context.close();
  }

  // A wrong password is refused, and then rate-limited.
  {
    const context = await browser.newContext();
    const { page, response } = await signIn(context, "nobody", "wrong-password-1");
    check(response.status() === 401, `a wrong password is refused (got ${response.status()})`);
    check((await page.innerText("body")).includes("salah"), "the refusal says the login or password is wrong");
    await shot(page, "sign-in-refused");
    let last = 0;
    for (let i = 0; i < 5; i++) last = (await signIn(context, "nobody", "wrong-password-" + i)).response.status();
    check(last === 429, `after five failures sign-in is rate-limited (got ${last})`);
    await context.close();
  }

  // Session fixation: a cookie set before sign-in is never the session.
  const hr = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  await hr.addCookies([{ name: "pantau_session", value: "a".repeat(64), url: base }]);
  const { page, response } = await signIn(hr, "hr", login.hr.password);
  check(response.url() === `${base}/` && response.status() === 200, "hr signs in and lands on the overview");
  const cookies = await hr.cookies(base);
  const session = cookies.find((c) => c.name === "pantau_session");
  check(session && session.value !== "a".repeat(64), "signing in replaces a session cookie set beforehand");
  check(session && session.httpOnly && session.sameSite === "Strict", "the session cookie is HttpOnly and SameSite=Strict");
  await shot(page, "overview");

  // Every report, with its chart, in both languages for one of them.
  for (const [kind, query] of [["attendance-recap", ""], ["pp94", ""], ["discipline", ""], ["predikat", ""], ["ikm", ""], ["completeness", ""], ["training", ""]]) {
    const r = await page.goto(`${base}/laporan/${kind}${query}`);
    check(r.status() === 200, `the ${kind} report opens (got ${r.status()})`);
    check((await page.locator("table").count()) > 0, `the ${kind} report shows a table`);
    await shot(page, `report-${kind}`);
  }
  {
    await page.goto(`${base}/laporan/attendance-recap?lang=en`);
    check((await page.innerText("h1")).includes("Monthly attendance recap"), "the English switch turns the page into English");
    check((await page.locator("figure.chart svg").count()) > 0, "the recap draws the month's trend per unit");
    await shot(page, "report-attendance-recap-en");
    await page.goto(`${base}/laporan/attendance-recap?lang=id`);
    check((await page.innerText("h1")).includes("Rekap kehadiran"), "and back to Indonesian");
  }
  {
    await page.goto(`${base}/laporan/pp94`);
    check((await page.locator("tr.alert").count()) > 0, "PP 94 indications not acted on stand out");
    await page.goto(`${base}/laporan/predikat`);
    check((await page.locator("line.cap").count()) > 0, "the predikat chart marks the curve's caps");
  }

  // Downloads: CSV for an Indonesian Excel, and XLSX.
  {
    await page.goto(`${base}/laporan/attendance-recap`);
    const [csv] = await Promise.all([page.waitForEvent("download"), page.click("a:has-text('CSV (;)')")]);
    const csvPath = join(folder, "recap.csv");
    await csv.saveAs(csvPath);
    const csvText = (await import("node:fs")).readFileSync(csvPath);
    check(csvText[0] === 0xef && csvText[1] === 0xbb && csvText[2] === 0xbf, "the CSV begins with a byte-order mark");
    const header = csvText.toString("utf8").slice(1).split("\r\n")[0];
    check(header.startsWith("NIP;Nama;"), `the CSV header is Indonesian, split by ';' (${header.slice(0, 40)})`);
    check(csvText.toString("utf8").split("\r\n").length > 100, "the CSV has every employee");
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.click("a:has-text('XLSX')")]);
    const xlsxPath = join(folder, "recap.xlsx");
    await xlsx.saveAs(xlsxPath);
    const bytes = (await import("node:fs")).readFileSync(xlsxPath);
    check(bytes[0] === 0x50 && bytes[1] === 0x4b, "the XLSX is a zip");
    check(bytes.includes(Buffer.from("xl/worksheets/sheet1.xml")), "the XLSX holds a worksheet");
    check(xlsx.suggestedFilename().endsWith(".xlsx"), `the XLSX is named as one (${xlsx.suggestedFilename()})`);
  }

  // A case's history.
  {
    await page.goto(`${base}/laporan/discipline`);
    const link = page.locator("table a[href^='/kasus/']").first();
    await link.click();
    await page.waitForLoadState();
    check(page.url().includes("/kasus/"), "a case opens from the register");
    check((await page.locator("table tbody tr").count()) >= 3, "the case shows its steps");
    await shot(page, "case");
  }

  // An enrolment code, shown as text and QR, enrols a device.
  let token = "";
  {
    await page.goto(`${base}/kode`);
    await shot(page, "codes");
    const option = page.locator("select[name=user] option", { hasText: "UPT Puskesmas Sukamaju" }).first();
    await page.selectOption("select[name=user]", await option.getAttribute("value"));
    await Promise.all([page.waitForNavigation(), page.click("form[action='/kode'] button")]);
    const code = (await page.innerText("#enroll-code")).trim();
    check(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/.test(code), `the page shows the code (${code})`);
    check((await page.locator("svg.qr").count()) === 1, "and a QR code");
    check((await page.innerText("#enroll-uri")).includes(encodeURIComponent(base)), "the QR holds the server's address");
    await shot(page, "code-issued");
    const enrol = await fetch(`${base}/v1/enroll`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ code, device_name: "HP uji Playwright" }) });
    check(enrol.status === 201, `the code enrols a device (got ${enrol.status})`);
    token = (await enrol.json()).token;
    const pull = await fetch(`${base}/v1/sync/pull`, { headers: { Authorization: `Bearer ${token}` } });
    check(pull.status === 200, "the new device pulls");
  }

  // Revoking it from the devices page: its next request gets 401.
  {
    await page.goto(`${base}/perangkat`);
    await shot(page, "devices");
    page.once("dialog", (d) => d.accept());
    const row = page.locator("tr", { hasText: "HP uji Playwright" });
    await Promise.all([page.waitForNavigation(), row.locator("button").click()]);
    check((await page.innerText("body")).includes("dicabut"), "the page confirms the revocation");
    const after = await fetch(`${base}/v1/sync/pull`, { headers: { Authorization: `Bearer ${token}` } });
    check(after.status === 401, `the revoked device's next request is refused (got ${after.status})`);
  }

  // A POST without the CSRF token is refused.
  {
    // A form like the revoke button's, but without its hidden token (the
    // page's CSP forbids fetch, so a real form is sent).
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page.evaluate(() => {
        const form = document.createElement("form");
        form.method = "post";
        form.action = "/perangkat/cabut";
        const field = document.createElement("input");
        field.name = "device";
        field.value = "x";
        form.appendChild(field);
        document.body.appendChild(form);
        form.submit();
      }),
    ]);
    check(response.status() === 403, `a POST without the CSRF token is refused (got ${response.status()})`);
  }

  // Sign-out ends the session on the server, not only in this browser.
  {
    const value = (await hr.cookies(base)).find((c) => c.name === "pantau_session").value;
    await Promise.all([page.waitForNavigation(), page.click("form[action='/keluar'] button")]);
    check(page.url().startsWith(`${base}/masuk`), "signing out goes to the sign-in page");
    const replay = await fetch(`${base}/`, { headers: { Cookie: `pantau_session=${value}` }, redirect: "manual" });
    check(replay.status === 303, `the old session cookie no longer signs in (got ${replay.status})`);
  }
  await hr.close();

  // Oversight: the audit log.
  {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const { page } = await signIn(context, "oversight", login.oversight.password);
    const r = await page.goto(`${base}/audit?action=device_revoke`);
    check(r.status() === 200, "oversight opens the audit log");
    check((await page.locator("#audit tbody tr").count()) >= 1, "the filtered audit log shows the revocation");
    await shot(page, "audit");
    await context.close();
  }

  // A head of puskesmas sees their own unit only, even by editing the address.
  {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page } = await signIn(context, "kapus.sukamaju", login.supervisor.password);
    const own = await page.goto(`${base}/laporan/attendance-recap?unit=${ownUnit}`);
    check(own.status() === 200, "the supervisor opens their own unit's report");
    await shot(page, "supervisor-phone");
    const other = await page.goto(`${base}/laporan/attendance-recap?unit=${otherUnit}`);
    check(other.status() === 403, `another unit's report is refused (got ${other.status()})`);
    const api = await page.goto(`${base}/v1/reports/pp94?unit=${otherUnit}`);
    check(api.status() === 403, `and its download too (got ${api.status()})`);
    const devices = await page.goto(`${base}/perangkat`);
    check(devices.status() === 403, "the supervisor has no devices page");
    await context.close();
  }
} catch (error) {
  failures++;
  console.error("FAILED:", error);
} finally {
  await browser.close();
  server.kill("SIGTERM");
  rmSync(folder, { recursive: true, force: true });
}
console.log(`${passed} checks passed, ${failures} failed; screenshots in ${out}`);
process.exit(failures ? 1 : 0);
