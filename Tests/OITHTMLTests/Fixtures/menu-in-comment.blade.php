<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{ $title }}</title>
<style>a[href="/hidden-by-style"] { color: red; }</style>
<script>
  document.write('<a href="/written-by-script">สคริปต์</a>');
</script>
</head>
<body>
<nav>
  <a href="{{ url('/structure') }}">โครงสร้าง</a>
  <a href="{{ asset('files/ita/o2.pdf') }}">ข้อมูลผู้บริหาร</a>
  <a href="<?php echo site_url('Pages/authority'); ?>">อำนาจหน้าที่</a>
</nav>
<!--
<nav class="old-menu">
  <a href="/old-structure">โครงสร้าง (เมนูเก่า)</a>
  <a href="/old-executives">ข้อมูลผู้บริหาร (เมนูเก่า)</a>
</nav>
-->
<template id="row">
  <a href="/from-template">แม่แบบ</a>
</template>
<script type="text/template"><a href="/script-template">x</a></script>
<p>ข้อความที่มองเห็น</p>
</body>
</html>
