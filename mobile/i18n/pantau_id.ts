<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id_ID">
<context>
    <name>AppHeader</name>
    <message>
        <source>Kembali</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceHistoryPage</name>
    <message>
        <source>Riwayat presensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (berlaku)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Kasus disiplin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diputus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada kasus di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka kasus baru</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseOpenPage</name>
    <message>
        <source>Kasus baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ganti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari nama atau NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasal yang diduga dilanggar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih pasal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perkiraan tingkat pelanggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih tingkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uraian kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apa yang terjadi, kapan, dan bukti yang ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aturan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah pasal lain (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juga pasal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Kasus disiplin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasus ini tidak ada di perangkat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perkiraan tingkat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasus ini sudah selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koreksi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukuman: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStepPage</name>
    <message>
        <source>%1 · tahap sekarang: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor dokumen, mis. 800/123/PKM/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal dokumen (TTTT-BB-HH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukuman yang dijatuhkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih hukuman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pegawai menolak menandatangani BAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan tambahan (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal yang dihitung batas waktunya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal surat (TTTT-BB-HH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal diterima pegawai (TTTT-BB-HH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pemeriksaan dilaksanakan (TTTT-BB-HH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pemeriksaan (TTTT-BB-HH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periksa peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan walau ada peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil keberatan/banding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan penutupan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukuman yang baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usulan menurut jumlah hari tidak hadir: %1. Ini indikasi, bukan keputusan; pejabat yang berwenang yang memutus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan hukuman berbeda dari usulan (wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pejabat yang menghukum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP pejabat (kosongkan untuk bupati/wali kota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan, seperti tertulis pada SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kewenangan pejabat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictRow</name>
    <message>
        <source>Isian Anda: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yang berlaku: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakai isian saya</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>Daftarkan perangkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masukkan alamat server dan kode pendaftaran yang Anda terima dari BKPSDM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode pendaftaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. 7KQ2-9XTM-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengambil data unit… %1 data diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mendaftarkan perangkat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menghubungi server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidik jari server (untuk alamat https://, dari lembar kode pendaftaran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. 7KQ2M-9XTPA-…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationListPage</name>
    <message>
        <source>Penilaian kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belum dinilai · %2 draf · %3 final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Penilaian kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penilaian ini sudah final dan tidak dapat diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai dasar BerAKHLAK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai setiap perilaku dan catat bukti yang Anda lihat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perilaku kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesimpulan Anda atas ketujuh nilai di atas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik dan saran pengembangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalkan penilaian?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat %1 untuk %2. Setelah final, penilaian ini tidak dapat diubah lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuti/izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terakhir sinkron: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 perubahan menunggu dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasus disiplin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penilaian kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survei SKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada yang perlu ditindaklanjuti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengembangan kompetensi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxRow</name>
    <message>
        <source>Ditolak server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perbaiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kirim ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buang perubahan ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan ini tidak akan pernah sampai ke server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCallPage</name>
    <message>
        <source>Presensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hari sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kembali ke hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jadwal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukan hari kerjanya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukan hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hari berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari nama atau NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 mnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 mnt, pulang cepat %3 mnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandai sisanya hadir (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandai sisanya hadir?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pegawai yang belum dicatat pada %2 akan ditandai Hadir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandai hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuti/izin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreRow</name>
    <message>
        <source>Tidak baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurang baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sangat baik</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama perangkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. HP Kepala Puskesmas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk sebagai %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluar dari perangkat ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluar dan hapus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusSheet</name>
    <message>
        <source>Jumlah menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulang cepat (menit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis cuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih jenis cuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelatihan yang diikuti (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanpa pelatihan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>Bagaimana pelayanan kami hari ini? Pilih satu jawaban untuk setiap pertanyaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentang Anda (boleh dikosongkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umur (tahun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendidikan terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indeks Kepuasan Masyarakat (IKM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n responden</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sementara: ada unsur yang belum dijawab siapa pun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terima kasih!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jawaban Anda sudah kami simpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi untuk responden berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survei kepuasan (SKM)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sinkronisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terakhir sinkron: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daring (online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luring (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sedang sinkron…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronkan sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menunggu dikirim (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ditolak (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada perubahan yang menunggu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konflik untuk diperiksa (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan sinkronisasi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Pengembangan kompetensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ganti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari nama atau NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pelatihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Pelatihan Tata Laksana Gizi Buruk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. BPSDM Provinsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal mulai dan selesai (TTTT-BB-HH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah JP (jam pelajaran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kompetensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih kompetensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor sertifikat (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueCard</name>
    <message>
        <source>Pilih penilaian dulu, lalu catat buktinya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti: apa yang Anda lihat?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::mobile::AttendanceHistoryModel</name>
    <message>
        <source>%1 menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulang cepat %1 menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perangkat ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perangkat lain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::mobile::CaseController</name>
    <message>
        <source>Dibuka %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lewat batas %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paling cepat %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paling lambat %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urutan langkah kasus ini tidak runtut (mungkin dicatat di dua perangkat), sehingga langkah baru tidak dapat dicatat. Hubungi BKPSDM untuk membetulkannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih pegawai yang bersangkutan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasus tidak tersimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah &apos;%1&apos; tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal dokumen &apos;%1&apos; tidak valid; tulis TTTT-BB-HH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasus ini belum termuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah ini tidak dapat dicatat pada tahap kasus sekarang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banding administratif hanya terbuka terhadap hukuman pemberhentian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah tidak tersimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal '%1' tidak valid; tulis TTTT-BB-HH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kepada %2 paling lambat %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 diajukan %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada upaya administratif terhadap hukuman ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukuman %1 berlaku mulai %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keberatan tidak terbuka terhadap hukuman ini; pemberhentian diajukan banding administratif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih alasan penutupan kasus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan penutupan ini tidak berlaku pada tahap kasus sekarang (data keliru hanya sebelum panggilan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil diperingan harus menyebut hukuman yang lebih ringan, diperberat yang lebih berat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukuman ini bukan bagian dari aturan disiplin kasus ini.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::mobile::CaseEventModel</name>
    <message>
        <source>%1 nomor %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::mobile::CaseListModel</name>
    <message>
        <source>Lewat batas %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paling cepat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paling lambat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibuka %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::mobile::EnrolmentController</name>
    <message>
        <source>Isi alamat server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi kode pendaftaran dari BKPSDM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server tidak dapat dihubungi. Periksa jaringan dan alamat server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat ini bukan server Pantau. Periksa alamat server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaringan terputus saat mendaftar. Coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode pendaftaran salah, sudah dipakai, atau kedaluwarsa. Minta kode baru ke BKPSDM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server menolak pendaftaran (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jawaban server tidak lengkap. Hubungi BKPSDM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data tidak dapat disimpan di HP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat http:// tanpa enkripsi hanya untuk percobaan di perangkat ini. Pakai alamat https:// dari BKPSDM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HP ini tidak mengenal sertifikat server. Isi sidik jari server dari lembar kode pendaftaran BKPSDM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidik jari server tidak cocok dengan lembar pendaftaran, jadi kode tidak dikirim. Periksa ketikan; bila sudah benar, jangan lanjutkan dan hubungi admin BKPSDM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::mobile::EvaluationController</name>
    <message>
        <source>Belum dinilai: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti belum dicatat: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penilaian ini sudah difinalkan di perangkat lain dan tidak dapat diubah lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penilaian tidak dapat disimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penilaian ini sudah difinalkan di perangkat lain; perubahan di layar ini tidak disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::mobile::EvaluationListModel</name>
    <message>
        <source>Tahun %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triwulan %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::mobile::HomeController</name>
    <message>
        <source>Tahun %1: %2 hari kerja tanpa keterangan, terlambat/pulang cepat %3 menit (%4 hari); jumlah %5 hari, setara hukuman %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hari kerja berturut-turut tanpa keterangan, setara hukuman %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ini indikasi untuk diperiksa, bukan keputusan hukuman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikasi pelanggaran jam kerja: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas waktu %1 sudah lewat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dapat dilaksanakan mulai %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paling lambat %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasus disiplin lewat batas waktu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas waktu kasus disiplin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penilaian kinerja %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pegawai belum memiliki penilaian final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pembayaran gaji dihentikan mulai %1 (PP 94/2021 Pasal 15 ayat (2)); beri tahu BKPSDM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JP pengembangan kompetensi belum cukup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahun %1: %2 dari %3 JP; kurang %4 JP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::mobile::OutboxModel</name>
    <message>
        <source>alasan hanya dikirim dalam bahasa Inggris (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::mobile::RollCallModel</name>
    <message>
        <source>Pilih status kehadiran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi jumlah menit untuk status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah menit paling banyak %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menit pulang cepat paling banyak %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih jenis cuti untuk status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presensi tidak tersimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presensi tidak tersimpan: periodenya sudah ditutup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan paling banyak %1 karakter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::mobile::SettingsController</name>
    <message>
        <source>Semua data sudah terkirim. Data di HP ini akan dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n perubahan belum terkirim dan akan HILANG jika Anda keluar sekarang. Sinkronkan dulu jika bisa.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pantau::mobile::SurveyController</name>
    <message>
        <source>Jawaban tidak dapat disimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada responden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::mobile::SyncService</name>
    <message>
        <source>Jaringan tersedia kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perangkat ditolak server: daftarkan ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronisasi berhenti: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menerima data… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengirim data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal, dicoba lagi otomatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luring (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n perubahan menunggu dikirim</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Semua data terkirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum pernah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baru saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n menit lalu</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sinkronisasi dimulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gagal: %1. Dicoba lagi dalam %n detik</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Selesai: %1 terkirim, %2 ditolak, %3 diterima, %4 konflik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berhenti: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidak ada jaringan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server menjawab %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertifikat server berbeda dari saat pendaftaran, jadi tidak ada data yang dikirim. Data tetap aman di HP ini; hubungi admin BKPSDM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::mobile::TrainingController</name>
    <message>
        <source>%1 · %2 s.d. %3 · %4 JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JP %1: %2 dari %3, kurang %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JP %1: %2 dari %3, sudah memenuhi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih pegawai yang mengikuti pelatihan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal mulai dan selesai ditulis TTTT-BB-HH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat pelatihan setelah selesai: tanggal selesai %1 belum tiba.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi jumlah JP dengan angka, mis. 24 atau 2,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelatihan tidak tersimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih jenis kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih kompetensi yang dikembangkan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
