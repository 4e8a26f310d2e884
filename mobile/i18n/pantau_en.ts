<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>AppHeader</name>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>AttendanceHistoryPage</name>
    <message>
        <source>Riwayat presensi</source>
        <translation>Attendance history</translation>
    </message>
    <message>
        <source>%1 (berlaku)</source>
        <translation>%1 (current)</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Kasus disiplin</source>
        <translation>Discipline cases</translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Diputus</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Tidak ada kasus di sini.</source>
        <translation>No cases here.</translation>
    </message>
    <message>
        <source>Buka kasus baru</source>
        <translation>Open new case</translation>
    </message>
</context>
<context>
    <name>CaseOpenPage</name>
    <message>
        <source>Kasus baru</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Ganti</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Cari nama atau NIP</source>
        <translation>Search name or NIP</translation>
    </message>
    <message>
        <source>Pasal yang diduga dilanggar</source>
        <translation>Article allegedly violated</translation>
    </message>
    <message>
        <source>Pilih pasal</source>
        <translation>Choose article</translation>
    </message>
    <message>
        <source>Perkiraan tingkat pelanggaran</source>
        <translation>Estimated violation level</translation>
    </message>
    <message>
        <source>Pilih tingkat</source>
        <translation>Choose level</translation>
    </message>
    <message>
        <source>Uraian kejadian</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Apa yang terjadi, kapan, dan bukti yang ada</source>
        <translation>What happened, when, and any evidence</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Aturan: %1</source>
        <translation>Rules: %1</translation>
    </message>
    <message>
        <source>Tambah pasal lain (boleh kosong)</source>
        <translation>Add another article (optional)</translation>
    </message>
    <message>
        <source>Juga pasal: %1</source>
        <translation>Also articles: %1</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Kasus disiplin</source>
        <translation>Discipline case</translation>
    </message>
    <message>
        <source>Kasus ini tidak ada di perangkat.</source>
        <translation>This case is not on this device.</translation>
    </message>
    <message>
        <source>Perkiraan tingkat: %1</source>
        <translation>Estimated level: %1</translation>
    </message>
    <message>
        <source>Tahap sekarang</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <source>Langkah berikutnya</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Kasus ini sudah selesai.</source>
        <translation>This case is closed.</translation>
    </message>
    <message>
        <source>Riwayat langkah</source>
        <translation>Step history</translation>
    </message>
    <message>
        <source>Koreksi: %1</source>
        <translation>Correction: %1</translation>
    </message>
    <message>
        <source>Hukuman: %1</source>
        <translation>Sanction: %1</translation>
    </message>
</context>
<context>
    <name>CaseStepPage</name>
    <message>
        <source>%1 · tahap sekarang: %2</source>
        <translation>%1 · current stage: %2</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Nomor dokumen, mis. 800/123/PKM/2026</source>
        <translation>Document number, e.g. 800/123/PKM/2026</translation>
    </message>
    <message>
        <source>Tanggal dokumen (TTTT-BB-HH)</source>
        <translation>Document date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Hukuman yang dijatuhkan</source>
        <translation>Sanction imposed</translation>
    </message>
    <message>
        <source>Pilih hukuman</source>
        <translation>Choose sanction</translation>
    </message>
    <message>
        <source>Pegawai menolak menandatangani BAP</source>
        <translation>Employee refused to sign the BAP</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Keterangan tambahan (boleh kosong)</source>
        <translation>Additional details (optional)</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tanggal yang dihitung batas waktunya</source>
        <translation>Dates the limits count from</translation>
    </message>
    <message>
        <source>Tanggal surat (TTTT-BB-HH)</source>
        <translation>Letter date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Tanggal diterima pegawai (TTTT-BB-HH)</source>
        <translation>Date the employee received it (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Tanggal pemeriksaan dilaksanakan (TTTT-BB-HH)</source>
        <translation>Date the hearing was held (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Tanggal pemeriksaan (TTTT-BB-HH)</source>
        <translation>Hearing date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Periksa peringatan</source>
        <translation>Check the warnings</translation>
    </message>
    <message>
        <source>Simpan walau ada peringatan</source>
        <translation>Save despite the warnings</translation>
    </message>
    <message>
        <source>Hasil keberatan/banding</source>
        <translation>Outcome of the objection or appeal</translation>
    </message>
    <message>
        <source>Pilih hasil</source>
        <translation>Choose the outcome</translation>
    </message>
    <message>
        <source>Alasan penutupan</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Pilih alasan</source>
        <translation>Choose a reason</translation>
    </message>
    <message>
        <source>Hukuman yang baru</source>
        <translation>New sanction</translation>
    </message>
    <message>
        <source>Usulan menurut jumlah hari tidak hadir: %1. Ini indikasi, bukan keputusan; pejabat yang berwenang yang memutus.</source>
        <translation>Proposed from the days of unexcused absence: %1. This is an indication, not a decision; the authorised official decides.</translation>
    </message>
    <message>
        <source>Alasan hukuman berbeda dari usulan (wajib)</source>
        <translation>Why the sanction differs from the proposal (required)</translation>
    </message>
    <message>
        <source>Pejabat yang menghukum</source>
        <translation>Official who decided</translation>
    </message>
    <message>
        <source>Nama pejabat</source>
        <translation>Official's name</translation>
    </message>
    <message>
        <source>NIP pejabat (kosongkan untuk bupati/wali kota)</source>
        <translation>Official's NIP (leave empty for a regent or mayor)</translation>
    </message>
    <message>
        <source>Jabatan, seperti tertulis pada SK</source>
        <translation>Position, as written on the decree</translation>
    </message>
    <message>
        <source>Kewenangan pejabat</source>
        <translation>Official's authority</translation>
    </message>
</context>
<context>
    <name>ConflictRow</name>
    <message>
        <source>Isian Anda: %1</source>
        <translation>Your entry: %1</translation>
    </message>
    <message>
        <source>Yang berlaku: %1</source>
        <translation>In effect: %1</translation>
    </message>
    <message>
        <source>Terima</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Pakai isian saya</source>
        <translation>Keep my entry</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>Daftarkan perangkat</source>
        <translation>Register device</translation>
    </message>
    <message>
        <source>Masukkan alamat server dan kode pendaftaran yang Anda terima dari BKPSDM.</source>
        <translation>Enter the server address and the registration code you received from BKPSDM.</translation>
    </message>
    <message>
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Kode pendaftaran</source>
        <translation>Registration code</translation>
    </message>
    <message>
        <source>mis. 7KQ2-9XTM-…</source>
        <translation>e.g. 7KQ2-9XTM-…</translation>
    </message>
    <message>
        <source>Daftar</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Mengambil data unit… %1 data diterima</source>
        <translation>Fetching unit data… %1 received</translation>
    </message>
    <message>
        <source>Mendaftarkan perangkat…</source>
        <translation>Registering device…</translation>
    </message>
    <message>
        <source>Menghubungi server…</source>
        <translation>Contacting server…</translation>
    </message>
    <message>
        <source>Sidik jari server (untuk alamat https://, dari lembar kode pendaftaran)</source>
        <translation>Server fingerprint (for an https:// address, from the enrolment code sheet)</translation>
    </message>
    <message>
        <source>mis. 7KQ2M-9XTPA-…</source>
        <translation>e.g. 7KQ2M-9XTPA-…</translation>
    </message>
</context>
<context>
    <name>EvaluationListPage</name>
    <message>
        <source>Penilaian kinerja</source>
        <translation>Performance evaluation</translation>
    </message>
    <message>
        <source>%1 belum dinilai · %2 draf · %3 final</source>
        <translation>%1 not rated · %2 draft · %3 final</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Penilaian kinerja</source>
        <translation>Performance evaluation</translation>
    </message>
    <message>
        <source>Predikat:</source>
        <translation>Predikat:</translation>
    </message>
    <message>
        <source>Penilaian ini sudah final dan tidak dapat diubah.</source>
        <translation>This evaluation is final and can&apos;t be changed.</translation>
    </message>
    <message>
        <source>Hasil kerja</source>
        <translation>Work results</translation>
    </message>
    <message>
        <source>Nilai dasar BerAKHLAK</source>
        <translation>BerAKHLAK core values</translation>
    </message>
    <message>
        <source>Nilai setiap perilaku dan catat bukti yang Anda lihat.</source>
        <translation>Rate each behaviour and note the evidence you saw.</translation>
    </message>
    <message>
        <source>Perilaku kerja</source>
        <translation>Work behaviour</translation>
    </message>
    <message>
        <source>Kesimpulan Anda atas ketujuh nilai di atas.</source>
        <translation>Your overall rating of the seven values above.</translation>
    </message>
    <message>
        <source>Umpan balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Umpan balik dan saran pengembangan</source>
        <translation>Feedback and development suggestions</translation>
    </message>
    <message>
        <source>Simpan draf</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Finalkan</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>Finalkan penilaian?</source>
        <translation>Finalise evaluation?</translation>
    </message>
    <message>
        <source>Predikat %1 untuk %2. Setelah final, penilaian ini tidak dapat diubah lagi.</source>
        <translation>Predikat %1 for %2. Once final, this evaluation can no longer be changed.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cuti/izin</source>
        <translation>Leave/permission</translation>
    </message>
    <message>
        <source>Belum dicatat</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Terakhir sinkron: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Daring</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Luring</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 perubahan menunggu dikirim</source>
        <translation>Changes waiting to be sent: %1</translation>
    </message>
    <message>
        <source>Presensi</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Kasus disiplin</source>
        <translation>Discipline cases</translation>
    </message>
    <message>
        <source>Penilaian kinerja</source>
        <translation>Performance evaluation</translation>
    </message>
    <message>
        <source>Survei SKM</source>
        <translation>SKM survey</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Tidak ada yang perlu ditindaklanjuti.</source>
        <translation>Nothing needs follow-up.</translation>
    </message>
    <message>
        <source>Pengembangan kompetensi</source>
        <translation>Competency development</translation>
    </message>
</context>
<context>
    <name>OutboxRow</name>
    <message>
        <source>Ditolak server: %1</source>
        <translation>Rejected by server: %1</translation>
    </message>
    <message>
        <source>Perbaiki</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Kirim ulang</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Buang perubahan ini?</source>
        <translation>Discard this change?</translation>
    </message>
    <message>
        <source>Perubahan ini tidak akan pernah sampai ke server.</source>
        <translation>This change will never reach the server.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RollCallPage</name>
    <message>
        <source>Presensi</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Hari sebelumnya</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>Kembali ke hari ini</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <source>Jadwal: %1</source>
        <translation>Roster: %1</translation>
    </message>
    <message>
        <source>Bukan hari kerjanya</source>
        <translation>Not a working day for them</translation>
    </message>
    <message>
        <source>Bukan hari kerja</source>
        <translation>Not a working day</translation>
    </message>
    <message>
        <source>Hari berikutnya</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>Cari nama atau NIP</source>
        <translation>Search name or NIP</translation>
    </message>
    <message>
        <source>Belum dicatat</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>%1 %2 mnt</source>
        <translation>%1 %2 min</translation>
    </message>
    <message>
        <source>%1 %2 mnt, pulang cepat %3 mnt</source>
        <translation>%1 %2 min, left early %3 min</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Tandai sisanya hadir (%1)</source>
        <translation>Mark the rest present (%1)</translation>
    </message>
    <message>
        <source>Tandai sisanya hadir?</source>
        <translation>Mark the rest present?</translation>
    </message>
    <message>
        <source>%1 pegawai yang belum dicatat pada %2 akan ditandai Hadir.</source>
        <translation>Employees not yet recorded on %2 (%1) will be marked Present.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tandai hadir</source>
        <translation>Mark present</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cuti/izin</source>
        <translation>Leave/permission</translation>
    </message>
</context>
<context>
    <name>ScoreRow</name>
    <message>
        <source>Tidak baik</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>Kurang baik</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Sangat baik</source>
        <translation>Very good</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Nama perangkat</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>mis. HP Kepala Puskesmas</source>
        <translation>e.g. Puskesmas head&apos;s phone</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Masuk sebagai %1 · %2</source>
        <translation>Signed in as %1 · %2</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Keluar dari perangkat ini</source>
        <translation>Sign out of this device</translation>
    </message>
    <message>
        <source>Keluar?</source>
        <translation>Sign out?</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Keluar dan hapus</source>
        <translation>Sign out and delete</translation>
    </message>
</context>
<context>
    <name>StatusSheet</name>
    <message>
        <source>Jumlah menit</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>mis. 15</source>
        <translation>e.g. 15</translation>
    </message>
    <message>
        <source>Pulang cepat (menit)</source>
        <translation>Left early (minutes)</translation>
    </message>
    <message>
        <source>Jenis cuti</source>
        <translation>Leave type</translation>
    </message>
    <message>
        <source>Pilih jenis cuti</source>
        <translation>Choose leave type</translation>
    </message>
    <message>
        <source>Catatan (boleh kosong)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Pelatihan yang diikuti (boleh kosong)</source>
        <translation>Training attended (optional)</translation>
    </message>
    <message>
        <source>Tanpa pelatihan</source>
        <translation>No training</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>Bagaimana pelayanan kami hari ini? Pilih satu jawaban untuk setiap pertanyaan.</source>
        <translation>How was our service today? Choose one answer for each question.</translation>
    </message>
    <message>
        <source>Tentang Anda (boleh dikosongkan)</source>
        <translation>About you (optional)</translation>
    </message>
    <message>
        <source>Umur (tahun)</source>
        <translation>Age (years)</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Pendidikan terakhir</source>
        <translation>Highest education</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Kirim</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Indeks Kepuasan Masyarakat (IKM)</source>
        <translation>Citizen Satisfaction Index (IKM)</translation>
    </message>
    <message numerus="yes">
        <source>%n responden</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondents</numerusform>
        </translation>
    </message>
    <message>
        <source>Sementara: ada unsur yang belum dijawab siapa pun.</source>
        <translation>Provisional: some items have no answers yet.</translation>
    </message>
    <message>
        <source>Terima kasih!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Jawaban Anda sudah kami simpan.</source>
        <translation>Your answers have been saved.</translation>
    </message>
    <message>
        <source>Isi untuk responden berikutnya</source>
        <translation>Start next respondent</translation>
    </message>
    <message>
        <source>Survei kepuasan (SKM)</source>
        <translation>Satisfaction survey (SKM)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Terakhir sinkron: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Daring (online)</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Luring (offline)</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 data diterima</source>
        <translation>%1 received</translation>
    </message>
    <message>
        <source>Sedang sinkron…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Menunggu dikirim (%1)</source>
        <translation>Waiting to send (%1)</translation>
    </message>
    <message>
        <source> · ditolak (%1)</source>
        <translation> · rejected (%1)</translation>
    </message>
    <message>
        <source>Tidak ada perubahan yang menunggu.</source>
        <translation>No changes waiting.</translation>
    </message>
    <message>
        <source>Konflik untuk diperiksa (%1)</source>
        <translation>Conflicts to review (%1)</translation>
    </message>
    <message>
        <source>Catatan sinkronisasi</source>
        <translation>Sync log</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Pengembangan kompetensi</source>
        <translation>Competency development</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Ganti</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Cari nama atau NIP</source>
        <translation>Search name or NIP</translation>
    </message>
    <message>
        <source>Nama pelatihan</source>
        <translation>Training title</translation>
    </message>
    <message>
        <source>mis. Pelatihan Tata Laksana Gizi Buruk</source>
        <translation>e.g. Management of severe malnutrition</translation>
    </message>
    <message>
        <source>Jenis kegiatan</source>
        <translation>Kind of activity</translation>
    </message>
    <message>
        <source>Pilih jenis</source>
        <translation>Choose a kind</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>mis. BPSDM Provinsi</source>
        <translation>e.g. the provincial BPSDM</translation>
    </message>
    <message>
        <source>Tanggal mulai dan selesai (TTTT-BB-HH)</source>
        <translation>Start and end dates (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Jumlah JP (jam pelajaran)</source>
        <translation>JP (lesson hours)</translation>
    </message>
    <message>
        <source>mis. 24</source>
        <translation>e.g. 24</translation>
    </message>
    <message>
        <source>Kompetensi</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Pilih kompetensi</source>
        <translation>Choose a competency</translation>
    </message>
    <message>
        <source>Nomor sertifikat (boleh kosong)</source>
        <translation>Certificate number (optional)</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ValueCard</name>
    <message>
        <source>Pilih penilaian dulu, lalu catat buktinya</source>
        <translation>Choose a rating first, then note the evidence</translation>
    </message>
    <message>
        <source>Bukti: apa yang Anda lihat?</source>
        <translation>Evidence: what did you see?</translation>
    </message>
</context>
<context>
    <name>pantau::mobile::AttendanceHistoryModel</name>
    <message>
        <source>%1 menit</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>pulang cepat %1 menit</source>
        <translation>left early %1 min</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Perangkat ini</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Perangkat lain</source>
        <translation>Another device</translation>
    </message>
</context>
<context>
    <name>pantau::mobile::CaseController</name>
    <message>
        <source>Dibuka %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Lewat batas %1. %2</source>
        <translation>Overdue since %1. %2</translation>
    </message>
    <message>
        <source>Paling cepat %1. %2</source>
        <translation>Not before %1. %2</translation>
    </message>
    <message>
        <source>Paling lambat %1. %2</source>
        <translation>Due by %1. %2</translation>
    </message>
    <message>
        <source>Urutan langkah kasus ini tidak runtut (mungkin dicatat di dua perangkat), sehingga langkah baru tidak dapat dicatat. Hubungi BKPSDM untuk membetulkannya.</source>
        <translation>This case&apos;s steps are out of order (possibly recorded on two devices), so no new step can be recorded. Contact BKPSDM to fix it.</translation>
    </message>
    <message>
        <source>Pilih pegawai yang bersangkutan.</source>
        <translation>Choose the employee concerned.</translation>
    </message>
    <message>
        <source>Kasus tidak tersimpan: %1</source>
        <translation>Case not saved: %1</translation>
    </message>
    <message>
        <source>Langkah &apos;%1&apos; tidak dikenal.</source>
        <translation>Unknown step &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Tanggal dokumen &apos;%1&apos; tidak valid; tulis TTTT-BB-HH.</source>
        <translation>Document date &apos;%1&apos; is invalid; use YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Kasus ini belum termuat.</source>
        <translation>This case hasn&apos;t loaded yet.</translation>
    </message>
    <message>
        <source>Langkah ini tidak dapat dicatat pada tahap kasus sekarang.</source>
        <translation>This step can&apos;t be recorded at the case&apos;s current stage.</translation>
    </message>
    <message>
        <source>Banding administratif hanya terbuka terhadap hukuman pemberhentian.</source>
        <translation>An administrative appeal is only possible against a dismissal sanction.</translation>
    </message>
    <message>
        <source>Langkah tidak tersimpan: %1</source>
        <translation>Step not saved: %1</translation>
    </message>
    <message>
        <source>Tanggal '%1' tidak valid; tulis TTTT-BB-HH.</source>
        <translation>The date '%1' is not valid; write YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 kepada %2 paling lambat %3.</source>
        <translation>%1 to %2 by %3 at the latest.</translation>
    </message>
    <message>
        <source>%1 diajukan %2.</source>
        <translation>%1 filed on %2.</translation>
    </message>
    <message>
        <source>Tidak ada upaya administratif terhadap hukuman ini.</source>
        <translation>No administrative remedy is open against this sanction.</translation>
    </message>
    <message>
        <source>Hasil: %1.</source>
        <translation>Outcome: %1.</translation>
    </message>
    <message>
        <source>Hukuman %1 berlaku mulai %2.</source>
        <translation>Sanction %1 takes effect on %2.</translation>
    </message>
    <message>
        <source>Keberatan tidak terbuka terhadap hukuman ini; pemberhentian diajukan banding administratif.</source>
        <translation>No objection is open against this sanction; a dismissal goes to administrative appeal.</translation>
    </message>
    <message>
        <source>Pilih alasan penutupan kasus.</source>
        <translation>Choose the reason for closing the case.</translation>
    </message>
    <message>
        <source>Alasan penutupan ini tidak berlaku pada tahap kasus sekarang (data keliru hanya sebelum panggilan).</source>
        <translation>This reason for closing does not apply at the case's current stage (wrong data only before the summons).</translation>
    </message>
    <message>
        <source>Hasil diperingan harus menyebut hukuman yang lebih ringan, diperberat yang lebih berat.</source>
        <translation>A reduced outcome names a lighter sanction, an increased one a heavier sanction.</translation>
    </message>
    <message>
        <source>Hukuman ini bukan bagian dari aturan disiplin kasus ini.</source>
        <translation>This sanction is not one of the discipline rules of this case.</translation>
    </message>
</context>
<context>
    <name>pantau::mobile::CaseEventModel</name>
    <message>
        <source>%1 nomor %2</source>
        <translation>%1 no. %2</translation>
    </message>
</context>
<context>
    <name>pantau::mobile::CaseListModel</name>
    <message>
        <source>Lewat batas %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message>
        <source>Paling cepat %1</source>
        <translation>Not before %1</translation>
    </message>
    <message>
        <source>Paling lambat %1</source>
        <translation>Due by %1</translation>
    </message>
    <message>
        <source>Dibuka %1</source>
        <translation>Opened %1</translation>
    </message>
</context>
<context>
    <name>pantau::mobile::EnrolmentController</name>
    <message>
        <source>Isi alamat server.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <source>Isi kode pendaftaran dari BKPSDM.</source>
        <translation>Enter the registration code from BKPSDM.</translation>
    </message>
    <message>
        <source>Server tidak dapat dihubungi. Periksa jaringan dan alamat server.</source>
        <translation>Can&apos;t reach the server. Check the network and the server address.</translation>
    </message>
    <message>
        <source>Alamat ini bukan server Pantau. Periksa alamat server.</source>
        <translation>This address is not a Pantau server. Check the server address.</translation>
    </message>
    <message>
        <source>Jaringan terputus saat mendaftar. Coba lagi.</source>
        <translation>Network lost while registering. Try again.</translation>
    </message>
    <message>
        <source>Kode pendaftaran salah, sudah dipakai, atau kedaluwarsa. Minta kode baru ke BKPSDM.</source>
        <translation>The registration code is wrong, already used or expired. Ask BKPSDM for a new code.</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.</source>
        <translation>Too many attempts. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Server menolak pendaftaran (%1).</source>
        <translation>The server refused the registration (%1).</translation>
    </message>
    <message>
        <source>Jawaban server tidak lengkap. Hubungi BKPSDM.</source>
        <translation>Incomplete server response. Contact BKPSDM.</translation>
    </message>
    <message>
        <source>Data tidak dapat disimpan di HP: %1</source>
        <translation>Couldn&apos;t save data on the phone: %1</translation>
    </message>
    <message>
        <source>Alamat http:// tanpa enkripsi hanya untuk percobaan di perangkat ini. Pakai alamat https:// dari BKPSDM.</source>
        <translation>An unencrypted http:// address is only for trying the app on this device. Use the https:// address from BKPSDM.</translation>
    </message>
    <message>
        <source>HP ini tidak mengenal sertifikat server. Isi sidik jari server dari lembar kode pendaftaran BKPSDM.</source>
        <translation>This phone does not know the server&apos;s certificate. Enter the server fingerprint from the BKPSDM enrolment code sheet.</translation>
    </message>
    <message>
        <source>Sidik jari server tidak cocok dengan lembar pendaftaran, jadi kode tidak dikirim. Periksa ketikan; bila sudah benar, jangan lanjutkan dan hubungi admin BKPSDM.</source>
        <translation>The server fingerprint does not match the enrolment sheet, so the code was not sent. Check what you typed; if it is right, do not go on and contact the BKPSDM admin.</translation>
    </message>
</context>
<context>
    <name>pantau::mobile::EvaluationController</name>
    <message>
        <source>Belum dinilai: %1.</source>
        <translation>Not yet rated: %1.</translation>
    </message>
    <message>
        <source>Bukti belum dicatat: %1.</source>
        <translation>No evidence noted yet: %1.</translation>
    </message>
    <message>
        <source>Penilaian ini sudah difinalkan di perangkat lain dan tidak dapat diubah lagi.</source>
        <translation>This evaluation was finalised on another device and can no longer be changed.</translation>
    </message>
    <message>
        <source>Penilaian tidak dapat disimpan: %1</source>
        <translation>Couldn&apos;t save the evaluation: %1</translation>
    </message>
    <message>
        <source>Penilaian ini sudah difinalkan di perangkat lain; perubahan di layar ini tidak disimpan.</source>
        <translation>This evaluation was finalised on another device; the changes on this screen were not saved.</translation>
    </message>
</context>
<context>
    <name>pantau::mobile::EvaluationListModel</name>
    <message>
        <source>Tahun %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>Triwulan %1 %2</source>
        <translation>Quarter %1 %2</translation>
    </message>
    <message>
        <source>Belum dinilai</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>pantau::mobile::HomeController</name>
    <message>
        <source>Tahun %1: %2 hari kerja tanpa keterangan, terlambat/pulang cepat %3 menit (%4 hari); jumlah %5 hari, setara hukuman %6.</source>
        <translation>Year %1: %2 working days absent without notice, late/left early %3 minutes (%4 days); total %5 days, equivalent to sanction %6.</translation>
    </message>
    <message>
        <source>%1 hari kerja berturut-turut tanpa keterangan, setara hukuman %2.</source>
        <translation>%1 consecutive working days absent without notice, equivalent to sanction %2.</translation>
    </message>
    <message>
        <source>Ini indikasi untuk diperiksa, bukan keputusan hukuman.</source>
        <translation>This is an indication to examine, not a sanction decision.</translation>
    </message>
    <message>
        <source>Indikasi pelanggaran jam kerja: %1</source>
        <translation>Possible working-hours violation: %1</translation>
    </message>
    <message>
        <source>Batas waktu %1 sudah lewat.</source>
        <translation>The %1 deadline has passed.</translation>
    </message>
    <message>
        <source>Dapat dilaksanakan mulai %1.</source>
        <translation>Can be carried out from %1.</translation>
    </message>
    <message>
        <source>Paling lambat %1.</source>
        <translation>Due by %1.</translation>
    </message>
    <message>
        <source>Kasus disiplin lewat batas waktu: %1</source>
        <translation>Discipline case overdue: %1</translation>
    </message>
    <message>
        <source>Batas waktu kasus disiplin: %1</source>
        <translation>Discipline case deadline: %1</translation>
    </message>
    <message>
        <source>Penilaian kinerja %1</source>
        <translation>Performance evaluation %1</translation>
    </message>
    <message>
        <source>%1 pegawai belum memiliki penilaian final.</source>
        <translation>Employees without a final evaluation: %1.</translation>
    </message>
    <message>
        <source>Pembayaran gaji dihentikan mulai %1 (PP 94/2021 Pasal 15 ayat (2)); beri tahu BKPSDM.</source>
        <translation>Salary payment stops from %1 (PP 94/2021 Article 15(2)); tell BKPSDM.</translation>
    </message>
    <message>
        <source>JP pengembangan kompetensi belum cukup: %1</source>
        <translation>Competency development JP short: %1</translation>
    </message>
    <message>
        <source>Tahun %1: %2 dari %3 JP; kurang %4 JP.</source>
        <translation>%1: %2 of %3 JP; %4 JP short.</translation>
    </message>
</context>
<context>
    <name>pantau::mobile::OutboxModel</name>
    <message>
        <source>alasan hanya dikirim dalam bahasa Inggris (%1)</source>
        <translation>reason sent in English only (%1)</translation>
    </message>
</context>
<context>
    <name>pantau::mobile::RollCallModel</name>
    <message>
        <source>Pilih status kehadiran.</source>
        <translation>Choose an attendance status.</translation>
    </message>
    <message>
        <source>Isi jumlah menit untuk status %1.</source>
        <translation>Enter the minutes for status %1.</translation>
    </message>
    <message>
        <source>Jumlah menit paling banyak %1.</source>
        <translation>Minutes can be at most %1.</translation>
    </message>
    <message>
        <source>Menit pulang cepat paling banyak %1.</source>
        <translation>Early-leave minutes can be at most %1.</translation>
    </message>
    <message>
        <source>Pilih jenis cuti untuk status %1.</source>
        <translation>Choose the leave type for status %1.</translation>
    </message>
    <message>
        <source>Presensi tidak tersimpan: %1</source>
        <translation>Attendance not saved: %1</translation>
    </message>
    <message>
        <source>Presensi tidak tersimpan: periodenya sudah ditutup.</source>
        <translation>Attendance not saved: its period is closed.</translation>
    </message>
    <message>
        <source>Catatan paling banyak %1 karakter.</source>
        <translation>A note can have at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>pantau::mobile::SettingsController</name>
    <message>
        <source>Semua data sudah terkirim. Data di HP ini akan dihapus.</source>
        <translation>All data has been sent. The data on this phone will be deleted.</translation>
    </message>
    <message numerus="yes">
        <source>%n perubahan belum terkirim dan akan HILANG jika Anda keluar sekarang. Sinkronkan dulu jika bisa.</source>
        <translation>
            <numerusform>%n change hasn&apos;t been sent and will be LOST if you sign out now. Sync first if you can.</numerusform>
            <numerusform>%n changes haven&apos;t been sent and will be LOST if you sign out now. Sync first if you can.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pantau::mobile::SurveyController</name>
    <message>
        <source>Jawaban tidak dapat disimpan: %1</source>
        <translation>Couldn&apos;t save the answers: %1</translation>
    </message>
    <message>
        <source>Belum ada responden</source>
        <translation>No respondents yet</translation>
    </message>
</context>
<context>
    <name>pantau::mobile::SyncService</name>
    <message>
        <source>Jaringan tersedia kembali</source>
        <translation>Network available again</translation>
    </message>
    <message>
        <source>Belum terdaftar</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Perangkat ditolak server: daftarkan ulang</source>
        <translation>Device rejected by server: register again</translation>
    </message>
    <message>
        <source>Sinkronisasi berhenti: %1</source>
        <translation>Sync stopped: %1</translation>
    </message>
    <message>
        <source>Menerima data… (%1)</source>
        <translation>Receiving data… (%1)</translation>
    </message>
    <message>
        <source>Mengirim data…</source>
        <translation>Sending data…</translation>
    </message>
    <message>
        <source>Gagal, dicoba lagi otomatis</source>
        <translation>Failed, retrying automatically</translation>
    </message>
    <message>
        <source>Luring (offline)</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n perubahan menunggu dikirim</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Semua data terkirim</source>
        <translation>All data sent</translation>
    </message>
    <message>
        <source>Belum pernah</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Baru saja</source>
        <translation>Just now</translation>
    </message>
    <message numerus="yes">
        <source>%n menit lalu</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Sinkronisasi dimulai</source>
        <translation>Sync started</translation>
    </message>
    <message numerus="yes">
        <source>Gagal: %1. Dicoba lagi dalam %n detik</source>
        <translation>
            <numerusform>Failed: %1. Retrying in %n second</numerusform>
            <numerusform>Failed: %1. Retrying in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Selesai: %1 terkirim, %2 ditolak, %3 diterima, %4 konflik</source>
        <translation>Done: sent %1, rejected %2, received %3, conflicts %4</translation>
    </message>
    <message>
        <source>Berhenti: %1</source>
        <translation>Stopped: %1</translation>
    </message>
    <message>
        <source>tidak ada jaringan (%1)</source>
        <translation>no network (%1)</translation>
    </message>
    <message>
        <source>server menjawab %1 %2</source>
        <translation>server answered %1 %2</translation>
    </message>
    <message>
        <source>Sertifikat server berbeda dari saat pendaftaran, jadi tidak ada data yang dikirim. Data tetap aman di HP ini; hubungi admin BKPSDM.</source>
        <translation>The server&apos;s certificate differs from the one at enrolment, so nothing was sent. Your data stays safe on this phone; contact the BKPSDM admin.</translation>
    </message>
</context>
<context>
    <name>pantau::mobile::TrainingController</name>
    <message>
        <source>%1 · %2 s.d. %3 · %4 JP</source>
        <translation>%1 · %2 to %3 · %4 JP</translation>
    </message>
    <message>
        <source>JP %1: %2</source>
        <translation>JP %1: %2</translation>
    </message>
    <message>
        <source>JP %1: %2 dari %3, kurang %4</source>
        <translation>JP %1: %2 of %3, %4 short</translation>
    </message>
    <message>
        <source>JP %1: %2 dari %3, sudah memenuhi</source>
        <translation>JP %1: %2 of %3, minimum met</translation>
    </message>
    <message>
        <source>Pilih pegawai yang mengikuti pelatihan.</source>
        <translation>Choose the employee who attended the training.</translation>
    </message>
    <message>
        <source>Tanggal mulai dan selesai ditulis TTTT-BB-HH.</source>
        <translation>Write the start and end dates as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Catat pelatihan setelah selesai: tanggal selesai %1 belum tiba.</source>
        <translation>Record a training once it is over: its end date %1 has not come yet.</translation>
    </message>
    <message>
        <source>Isi jumlah JP dengan angka, mis. 24 atau 2,5.</source>
        <translation>Write the JP as a number, e.g. 24 or 2.5.</translation>
    </message>
    <message>
        <source>Pelatihan tidak tersimpan: %1</source>
        <translation>The training was not saved: %1</translation>
    </message>
    <message>
        <source>Pilih jenis kegiatan.</source>
        <translation>Choose the kind of activity.</translation>
    </message>
    <message>
        <source>Pilih kompetensi yang dikembangkan.</source>
        <translation>Choose the competency it develops.</translation>
    </message>
</context>
</TS>
